# The worker image for docker-compose.yml: the package and its data, nothing else.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY streams ./streams
COPY benchmarks ./benchmarks
COPY seeds ./seeds
# Editable so streams.schemas finds schemas/ beside the package, as in a checkout.
RUN pip install --no-cache-dir -e .
USER nobody
ENV STREAMS_DATA_DIR=/tmp/streams-worker
ENTRYPOINT ["streams"]
CMD ["worker"]

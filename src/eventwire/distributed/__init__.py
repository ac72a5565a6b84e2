"""Distributed processing on Dask: partitions of the input run on workers and land as Parquet files.

Entry point: `run_distributed(paths, out_dir, settings)`. DuckDB reads the output with
`read_parquet('OUT/events/*.parquet')`; `open_parquet(out_dir)` sets up the views (docs/distributed.md).
"""

from .parquet import ARTICLE_SCHEMA, ERROR_SCHEMA, EVENT_SCHEMA
from .query import open_parquet, parquet_summary
from .run import DistributedSummary, check_versions, local_cluster, run_distributed

__all__ = ["run_distributed", "DistributedSummary", "local_cluster", "check_versions", "open_parquet",
           "parquet_summary", "EVENT_SCHEMA", "ARTICLE_SCHEMA", "ERROR_SCHEMA"]

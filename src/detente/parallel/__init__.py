"""Coding in several processes (or on a Dask cluster) with the output of one.

- ``runner``: the writer (``ParallelRun``), which ``Pipeline.run`` hands a run to when
  ``CodingOptions.workers`` > 1 or a ``scheduler`` is set;
- ``work``: what a worker does with a partition of documents;
- ``trace``: the registry answers that let the writer prove a worker's coding is the one a
  single process would have made;
- ``arrow``: records as Arrow tables (partitions out, coded documents back);
- ``executors``: local worker processes or a Dask cluster (light to import: the CLI starts
  the workers' server process through it before importing the rest).
"""

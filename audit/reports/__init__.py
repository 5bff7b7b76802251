"""Report writers: each turns the results of a run into one format."""

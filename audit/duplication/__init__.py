"""Shared machinery of the duplication checks: word tokens, attribution clauses, repeated sentences."""

"""Shared machinery of the duplication checks: word tokens, lexicons, attribution clauses."""

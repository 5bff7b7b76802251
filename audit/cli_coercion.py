"""Coercion of the command line's values without pydantic when the value is plainly valid.

Typer from 0.29 coerces every value through a pydantic adapter; importing pydantic and building the adapters was
some 0.1 s of CPU in every run, a quarter of a short one. A value that is plainly of its parameter's type (a string
for a string, digits within range for a number, a choice written exactly as declared) is converted here as the
adapter would convert it. Anything else goes to typer's adapter, so its error messages stay exactly typer's.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

try:  # typer from 0.29 coerces a value through a pydantic adapter, built as the parameter first meets a value
    from typer._coercion import build_runtime_param
    from typer.core import _TyperParameter
except ImportError:  # an earlier typer: click's types, no pydantic
    _TyperParameter = ()  # type: ignore[assignment,misc]

UNSURE = object()  # a value left to typer's own adapter
_INTEGER = re.compile(r"[0-9]{1,18}")
_DECIMAL = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,15})?")
_PATH_CHECKS = ("exists", "writable", "resolve_path", "allow_dash", "path_type")  # Path options left at defaults


def plain(descriptor: Any, value: Any) -> Any:
    """The value as typer's adapter gives it, when it is plainly valid; UNSURE otherwise."""
    annotation, info = descriptor.annotation, descriptor.parameter_info
    if get_origin(annotation) is list:
        if not isinstance(value, (list, tuple)):
            return UNSURE
        (item,) = get_args(annotation)
        items = [_one(item, info, each) for each in value]
        return UNSURE if any(each is UNSURE for each in items) else items
    return _one(annotation, info, value)


def _one(annotation: Any, info: Any, value: Any) -> Any:
    if annotation is bool or isinstance(value, bool):  # a flag: click gives a bool
        return value if annotation is bool and isinstance(value, bool) else UNSURE
    if getattr(info, "parser", None) or getattr(info, "click_type", None):
        return UNSURE
    if annotation is Path:
        plainly = isinstance(value, (str, Path)) and str(value) and not any(getattr(info, c) for c in _PATH_CHECKS)
        return Path(value) if plainly else UNSURE
    if type(value) is annotation or (_enum(annotation) and isinstance(value, annotation)):  # a default, converted
        return _ranged(value, info) if annotation in (int, float) else value
    if not isinstance(value, str):
        return UNSURE
    if annotation is int and _INTEGER.fullmatch(value):
        return _ranged(int(value), info)
    if annotation is float and _DECIMAL.fullmatch(value):
        return _ranged(float(value), info)
    if _enum(annotation):
        return next((member for member in annotation if member.value == value), UNSURE)
    return UNSURE


def _enum(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, Enum)


def _ranged(number: int | float, info: Any) -> Any:
    low, high = info.min, info.max
    inside = (low is None or number >= low) and (high is None or number <= high)
    return number if inside and not info.clamp else UNSURE


class _Coercion:
    """A parameter's coercion: a value left out as typer gives it (None, or () for a parameter of several values),
    a plainly valid value converted here (see plain), any other through typer's pydantic adapter, built then."""

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:
            return () if param.multiple or param.nargs == -1 else None
        converted = plain(param.type_descriptor, value)
        if converted is not UNSURE:
            return converted
        param._runtime_param = build_runtime_param(param.type_descriptor)
        return param._runtime_param.coerce(value, param=param, ctx=ctx)


_COERCION = _Coercion()


def deferred(params: list) -> list:
    """The parameters, each coercing its values through _Coercion until one needs typer's adapter."""
    for param in params:
        if isinstance(param, _TyperParameter) and param._runtime_param is None:
            param._runtime_param = _COERCION
    return params

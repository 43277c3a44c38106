"""YAML to Python values straight from the parser's events, without PyYAML's node graph.

`yaml.load` first composes the whole document into nodes, each with two position
marks, and only then builds values: for a 1,600-unit portal that graph peaks near
30 MB, more than the crawl's own working set, and the process keeps the memory.
A plain document — no anchors, aliases, explicit tags or merge keys, which is what
a portal configuration is — is built here event by event, with the safe loader's
own resolver and scalar constructors, so the values are the same. Anything else,
and every error, goes to the safe loader, so its values and messages are unchanged.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it: the same safe constructor, ~10× faster.
LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _NotPlain(Exception):
    """The document uses something only the full loader handles."""


def load(text: str) -> Any:
    """The document's value, as `yaml.load(text, Loader=LOADER)` gives it."""
    try:
        return _plain(text)
    except (_NotPlain, yaml.YAMLError):
        return yaml.load(text, Loader=LOADER)  # a safe loader


def _plain(text: str) -> Any:
    loader: Any = LOADER(text)  # PyYAML's loader methods are untyped
    try:
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):
            return None
        loader.get_event()  # document start
        value = _value(loader, loader.get_event())
        loader.get_event()  # document end
        if not loader.check_event(yaml.StreamEndEvent):
            raise _NotPlain("more than one document")
        return value
    finally:
        loader.dispose()


def _value(loader: Any, event: Any) -> Any:
    if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
        raise _NotPlain("anchor or alias")
    if event.tag not in (None, "!"):
        raise _NotPlain("explicit tag")
    if isinstance(event, yaml.ScalarEvent):
        return _scalar(loader, event)
    if isinstance(event, yaml.SequenceStartEvent):
        if loader.resolve(yaml.SequenceNode, None, event.implicit) != _SEQ:
            raise _NotPlain("resolved sequence tag")
        items = []
        while not loader.check_event(yaml.SequenceEndEvent):
            items.append(_value(loader, loader.get_event()))
        loader.get_event()
        return items
    if isinstance(event, yaml.MappingStartEvent):
        if loader.resolve(yaml.MappingNode, None, event.implicit) != _MAP:
            raise _NotPlain("resolved mapping tag")
        mapping: dict[Any, Any] = {}
        while not loader.check_event(yaml.MappingEndEvent):
            key = _value(loader, loader.get_event())
            if not isinstance(key, Hashable):
                raise _NotPlain("unhashable key")
            mapping[key] = _value(loader, loader.get_event())
        loader.get_event()
        return mapping
    raise _NotPlain(type(event).__name__)


def _scalar(loader: Any, event: Any) -> Any:
    tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    construct = loader.yaml_constructors.get(tag)
    if construct is None or tag in ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"):
        raise _NotPlain(f"scalar tag {tag}")
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    return construct(loader, node)

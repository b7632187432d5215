"""Containers and strings: constant folding of str methods, and list/dict/configparser mutators."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aise.tools.analysis.values import AV, BOTTOM, NO_CONST, join, taint_of, with_update

if TYPE_CHECKING:
    from aise.tools.analysis.sinks import CallSite

__all__ = ["element_of", "field_of", "fold_str", "hashable", "mutated", "one_of", "subscript"]

_CONFIG = ("configparser.ConfigParser", "configparser.RawConfigParser", "configparser.SafeConfigParser")
_EXTERNAL_GES = ("feature_external_ges", "http://xml.org/sax/features/external-general-entities")


def fold_str(text: Any, method: str, site: CallSite) -> Any:
    if not all(a.is_const for a in site.args) or any(not v.is_const for v in site.kwargs.values()):
        return NO_CONST
    if method == "join":
        return NO_CONST
    try:
        result = getattr(text, method)(*(a.const for a in site.args), **{k: v.const for k, v in site.kwargs.items()})
    except (TypeError, ValueError, AttributeError, LookupError, IndexError, KeyError):
        return NO_CONST
    if isinstance(result, list):
        return tuple(result) if len(result) < 1000 else NO_CONST
    return result if isinstance(result, str | bytes) and len(result) < 10_000 else NO_CONST


def mutated(recv: AV, method: str, args: tuple[AV, ...], kwargs: dict[str, AV]) -> tuple[AV | None, AV]:
    """(new receiver value or None, call result) for a mutating method."""
    items, keys = recv.items, recv.keys
    if method == "setFeature" and len(args) >= 2:
        feature = str(args[0].const) if args[0].is_const else ""
        name = args[0]
        if feature in _EXTERNAL_GES or (name.qual or "").endswith("feature_external_ges"):
            flag = bool(args[1].const) if args[1].is_const else True
            return with_update(recv, kwargs=recv.kwargs + (("external_ges", flag),)), BOTTOM
        return None, BOTTOM
    if items is not None:
        lst = list(items)
        if method == "append" and args:
            return with_update(recv, items=tuple(lst + [args[0]])), BOTTOM
        if method == "extend" and args:
            more = args[0].items
            if more is not None:
                return with_update(recv, items=tuple(lst + list(more))), BOTTOM
            return AV(labels=taint_of(recv, args[0]).labels), BOTTOM
        if method == "insert" and len(args) >= 2 and isinstance(args[0].const, int):
            lst.insert(args[0].const, args[1])
            return with_update(recv, items=tuple(lst)), BOTTOM
        if method == "pop":
            index = args[0].const if args else -1
            if isinstance(index, int) and lst:
                try:
                    popped = lst.pop(index)
                except IndexError:
                    return None, BOTTOM
                return with_update(recv, items=tuple(lst)), popped
        if method == "remove" and args and args[0].is_const:
            for i, item in enumerate(lst):
                if item.is_const and item.const == args[0].const:
                    del lst[i]
                    return with_update(recv, items=tuple(lst)), BOTTOM
            return None, BOTTOM
        if method == "clear":
            return with_update(recv, items=()), BOTTOM
        if method == "reverse":
            return with_update(recv, items=tuple(reversed(lst))), BOTTOM
    if (recv.inst or "") in _CONFIG:
        if method == "set" and len(args) >= 3 and args[0].is_const and args[1].is_const:
            key = (args[0].const, args[1].const)
            entries = [(k, v) for k, v in (keys or ()) if k != key] + [(key, args[2])]
            return with_update(recv, keys=tuple(entries)), BOTTOM
        if method in ("add_section",):
            return None, BOTTOM
    if keys is not None:
        if method in ("update",) and args and args[0].keys is not None:
            merged = dict(keys)
            merged.update(dict(args[0].keys))
            merged.update(kwargs)
            return with_update(recv, keys=tuple(merged.items())), BOTTOM
        if method == "setdefault" and args and args[0].is_const:
            for k, v in keys:
                if k == args[0].const:
                    return None, v
            value = args[1] if len(args) > 1 else BOTTOM
            return with_update(recv, keys=keys + ((args[0].const, value),)), value
        if method == "pop" and args and args[0].is_const:
            remaining = tuple((k, v) for k, v in keys if k != args[0].const)
            found = [v for k, v in keys if k == args[0].const]
            default = args[1] if len(args) > 1 else BOTTOM
            return with_update(recv, keys=remaining), (found[0] if found else default)
        if method == "clear":
            return with_update(recv, keys=()), BOTTOM
    # Imprecise container: the receiver absorbs the taint of what was added.
    added = taint_of(*args, *kwargs.values())
    if added.labels and method in ("append", "extend", "insert", "add", "update", "setdefault", "set"):
        return AV(labels=recv.all_labels() | added.labels, inst=recv.inst, qual=recv.qual), BOTTOM
    return None, AV(labels=recv.all_labels())


def hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def subscript(base: AV, key: AV) -> AV:
    """`base[key]` with per-index and per-key precision for constant keys."""
    if key.is_const:
        if base.items is not None and isinstance(key.const, int) and not isinstance(key.const, bool):
            try:
                return base.items[key.const]
            except IndexError:
                return AV(labels=base.labels)
        if base.keys is not None and hashable(key.const):
            for k, v in base.keys:
                if k == key.const:
                    return v
            return AV(labels=base.labels)
        if base.is_const and isinstance(base.const, str | bytes | tuple | dict):
            try:
                return AV(const=base.const[key.const])
            except (IndexError, KeyError, TypeError):
                return BOTTOM
    if base.inst in ("request.files", "request.FILES"):
        return AV(labels=base.all_labels(), inst="upload")
    if (base.qual or base.inst or "").lower().endswith("session") and not base.keys:
        return AV(labels=base.all_labels(), inst="session.item")  # a value stored in the session
    choices = one_of(base)
    if choices:
        return AV(labels=base.all_labels(), kwargs=(("one_of", choices),))
    return AV(labels=base.all_labels())


def one_of(container: AV, default: AV | None = None) -> tuple[str, ...]:
    """The functions a dispatch table lookup with an unknown key can return (`LOADERS[fmt]`)."""
    values = [v for _, v in container.keys or ()] + list(container.items or ())
    if default is not None:
        values.append(default)
    quals = tuple(sorted({v.qual for v in values if v.qual}))
    return quals if quals and len(quals) <= 16 else ()


def element_of(value: AV) -> AV:
    """What iterating over `value` yields."""
    if value.items is not None:
        out = BOTTOM
        for item in value.items:
            out = join(out, item)
        return out if value.items else AV(labels=value.labels)
    if value.keys is not None:
        out = AV(labels=value.labels)
        for k, _ in value.keys:
            out = join(out, AV(const=k))
        return out
    if value.is_const and isinstance(value.const, str | tuple | frozenset):
        return BOTTOM
    return AV(labels=value.all_labels())


def field_of(value: AV, attr: str) -> AV:
    """The instance field `attr` when the constructor's fields are known, else the whole value."""
    for key, item in value.keys or ():
        if key == ("@attr", attr):
            return item
    if value.keys is not None and any(isinstance(k, tuple) and k[:1] == ("@attr",) for k, _ in value.keys):
        return AV(labels=value.labels)
    return value

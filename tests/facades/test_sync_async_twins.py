"""Every sync facade method has an async twin with the same signature and docstring.

The facades are written as one flow with a thin sync and a thin async shell; nothing but this test
keeps the two shells' public surfaces from drifting apart. Facades are found by walking the
``service`` attributes of ``Client`` and ``AsyncClient`` (so a new facade is checked without
listing it here).
"""

from __future__ import annotations

import importlib
import inspect
import typing
from typing import Any

import pytest

from ibkr_webapi import ConfigurationError
from ibkr_webapi.client import AsyncClient, Client, service


def _facade_class(owner: type, name: str) -> type:
    attr = inspect.getattr_static(owner, name)
    assert isinstance(attr, service)
    factory = attr._factory
    if isinstance(factory, str):
        module, _, qualname = factory.partition(":")
        resolved = getattr(importlib.import_module(module), qualname)
        assert isinstance(resolved, type), factory
        return resolved
    hints = typing.get_type_hints(owner)
    return typing.get_args(hints[name])[0]  # service[Facade]


def _services(owner: type) -> list[str]:
    return sorted(n for n, v in vars(owner).items() if isinstance(v, service))


# In-memory only (no request): a plain method on both facades.
NO_IO = frozenset({"clear_cache"})

PAIRS = [(name, _facade_class(Client, name), _facade_class(AsyncClient, name)) for name in _services(Client)]


def _public(cls: type) -> dict[str, Any]:
    members: dict[str, Any] = {}
    for klass in reversed(cls.__mro__[:-1]):
        for name, value in vars(klass).items():
            if not name.startswith("_") and (inspect.isfunction(value) or isinstance(value, property)):
                members[name] = value
    return members


def _params(func: Any) -> list[tuple[str, Any, Any, Any]]:
    sig = inspect.signature(func)
    return [(p.name, p.kind, p.default, p.annotation) for p in sig.parameters.values()]


def test_every_service_exists_on_both_clients() -> None:
    assert _services(Client) == _services(AsyncClient)
    assert len(PAIRS) >= 5


@pytest.mark.parametrize(("name", "sync_cls", "async_cls"), PAIRS, ids=[p[0] for p in PAIRS])
def test_async_twin_has_the_same_methods_signatures_and_docstrings(
    name: str, sync_cls: type, async_cls: type
) -> None:
    sync_members, async_members = _public(sync_cls), _public(async_cls)
    assert sorted(sync_members) == sorted(async_members), f"{name}: methods differ"
    problems: list[str] = []
    for member, sync_obj in sync_members.items():
        async_obj = async_members[member]
        if isinstance(sync_obj, property) or isinstance(async_obj, property):
            if not (isinstance(sync_obj, property) and isinstance(async_obj, property)):
                problems.append(f"{member}: property on one side only")
            elif inspect.getdoc(sync_obj) != inspect.getdoc(async_obj):
                problems.append(f"{member}: property docstrings differ")
            continue
        if _params(sync_obj) != _params(async_obj):
            problems.append(f"{member}: {inspect.signature(sync_obj)} != {inspect.signature(async_obj)}")
        if inspect.getdoc(sync_obj) != inspect.getdoc(async_obj):
            problems.append(f"{member}: docstrings differ")
        if inspect.iscoroutinefunction(sync_obj) or inspect.isasyncgenfunction(sync_obj):
            problems.append(f"{member}: the sync facade's method is async")
        if member in NO_IO:
            if inspect.iscoroutinefunction(async_obj):
                problems.append(f"{member}: listed as in-memory but async")
            continue
        returns = str(inspect.signature(async_obj).return_annotation)
        awaitable = inspect.iscoroutinefunction(async_obj) or inspect.isasyncgenfunction(async_obj)
        if not (awaitable or returns.startswith(("Async", "Awaitable", "Coroutine"))):
            problems.append(f"{member}: the async twin returns {returns}, not an awaitable or async iterator")
    assert problems == [], f"{sync_cls.__name__} / {async_cls.__name__}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("name", "sync_cls", "async_cls"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_facade_is_built_the_same_way_from_a_client(name: str, sync_cls: type, async_cls: type) -> None:
    # One convention (``_facade.py``): ``Facade(client, **options)``; anything else is refused with
    # an error from the library's tree that says what a facade wants.
    for cls in (sync_cls, async_cls):
        params = list(inspect.signature(cls.__init__).parameters)
        assert params[:2] == ["self", "client"], f"{cls.__name__}{inspect.signature(cls.__init__)}"
        assert not hasattr(cls, "create"), f"{cls.__name__} has a second way to be built"
        with pytest.raises(ConfigurationError, match="Client or AsyncClient"):
            cls(lambda flow: None)

# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
"""The errors the generated API functions raise.

``InvalidParameter`` is raised while a request is being built, before anything is sent: a path parameter
that does not match its spec (type, range, pattern, length) or that could change the URL's path (``.``,
``..``, ``/``). It is a ``ValueError``; the handwritten ``ibkr_webapi`` package maps it to its own
``ValidationError`` (this package never imports that one, so the dependency stays one-way).
"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class InvalidParameter(ValueError):
    """A request parameter breaks its spec rule; nothing was sent.

    ``operation_id`` and ``parameter`` (the spec's name, e.g. ``accountId``) say where, ``rule`` what was
    expected. The message shows at most the first 40 characters of the refused value.
    """

    def __init__(self, operation_id: str, parameter: str, rule: str, value: object):
        self.operation_id = operation_id
        self.parameter = parameter
        self.rule = rule
        shown = repr(value)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        super().__init__(f"{operation_id}: path parameter {parameter} must be {rule}; got {shown}")


__all__ = ["InvalidParameter", "UnexpectedStatus"]

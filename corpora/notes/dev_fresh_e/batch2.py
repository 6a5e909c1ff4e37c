"""Second batch (8 notes), written after the fixes."""


def build(add, proc, line, given) -> None:
    pass

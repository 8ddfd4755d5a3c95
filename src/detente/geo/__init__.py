"""Where events happen: GeoNames places for events (GDELT's ActionGeo) and their actors (Actor1Geo, Actor2Geo).

The entry point is :class:`detente.geo.locate.EventLocator` (the "places" component of the
pipeline); :mod:`~detente.geo.book` holds the place tables, :mod:`~detente.geo.census` the
places of one document, :mod:`~detente.geo.choose` the rules that read an ambiguous name and
:mod:`~detente.geo.attach` the place attached to a trigger in the parse. Modules are imported
where they are used: ingest reads only :mod:`~detente.geo.dateline`.
"""

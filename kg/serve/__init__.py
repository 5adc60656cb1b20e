"""``kg serve``: a SPARQL 1.1 endpoint and a web workbench over the store.

The HTTP side (Starlette on uvicorn) never touches the store: every query runs in a worker
process (:mod:`kg.serve.pool`), so a query over its time limit is ended by stopping its worker,
and the server keeps answering. :func:`kg.serve.app.create_app` builds the application from
:class:`kg.serve.settings.Settings`.
"""

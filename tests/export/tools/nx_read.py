"""Reads a GEXF or GraphML file with networkx (an independent reader) and prints a JSON summary.

Usage: /usr/bin/python3 nx_read.py gexf|graphml FILE
networkx 2.8 (Debian bookworm) knows GEXF 1.1draft and 1.2draft only; GEXF 1.3 differs from 1.2
in its namespaces (and list/color syntax we do not use), so the 1.3 namespaces are registered as
one more version before reading.
"""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf as nx_gexf


def register_gexf_13():
    nx_gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "gexf":
        register_gexf_13()
        graph = nx.read_gexf(path, version="1.3")
    else:
        graph = nx.read_graphml(path)
    nodes = {str(n): data for n, data in graph.nodes(data=True)}
    if graph.is_multigraph():
        edges = [[str(u), str(v), data] for u, v, data in graph.edges(data=True)]
    else:
        edges = [[str(u), str(v), data] for u, v, data in graph.edges(data=True)]
    print(json.dumps({
        "directed": graph.is_directed(),
        "graph": graph.graph,
        "nodes": nodes,
        "edges": edges,
    }, default=str, ensure_ascii=False))


if __name__ == "__main__":
    main()

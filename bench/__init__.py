"""Benchmarks of govwatch against portals served on loopback (`python -m bench`)."""

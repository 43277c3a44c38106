"""The bundled sample portal, served on loopback for the demo, the tests and the benchmark."""

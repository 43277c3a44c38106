"""Loading the portal configuration: YAML in, `checks.model.PortalConfig` out, or a clear error."""

from config.loader import ConfigError, default_config_path, load_config, parse_config

__all__ = ["ConfigError", "default_config_path", "load_config", "parse_config"]

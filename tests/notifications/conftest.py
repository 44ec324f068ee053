from contracts.fakegw import aclient, client, gw, gw_config

__all__ = ["aclient", "client", "gw", "gw_config"]

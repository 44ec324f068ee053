from contracts.fakegw import aclient, client, gw, gw_config, ibkr_gateway_options, pacer

__all__ = ["aclient", "client", "gw", "gw_config", "ibkr_gateway_options", "pacer"]

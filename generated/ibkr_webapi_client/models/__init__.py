# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
"""Data models used in requests and responses (GENERATED CODE: do not edit).

Models are imported on first attribute access (PEP 562), so importing one endpoint module does not
load all of them; type checkers see the eager imports below.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_management_request import AccountManagementRequest
    from .account_management_request_instruction import AccountManagementRequestInstruction
    from .account_management_request_instructions_item import AccountManagementRequestInstructionsItem
    from .account_management_response import AccountManagementResponse
    from .account_management_response_instruction_result_type_0 import AccountManagementResponseInstructionResultType0
    from .activate_alert_body import ActivateAlertBody
    from .auth_status import AuthStatus
    from .brokerage_session_init_request import BrokerageSessionInitRequest
    from .cancel_order_response import CancelOrderResponse
    from .create_allocation_group_body import CreateAllocationGroupBody
    from .create_allocation_group_body_accounts_item import CreateAllocationGroupBodyAccountsItem
    from .create_allocation_group_body_default_method import CreateAllocationGroupBodyDefaultMethod
    from .create_watchlist_body import CreateWatchlistBody
    from .create_watchlist_body_rows_item import CreateWatchlistBodyRowsItem
    from .delete_alert_body import DeleteAlertBody
    from .delete_allocation_group_body import DeleteAllocationGroupBody
    from .echo_response import EchoResponse
    from .echo_response_query_parameters_type_0 import EchoResponseQueryParametersType0
    from .error import Error
    from .free_form_object import FreeFormObject
    from .get_allocation_group_body import GetAllocationGroupBody
    from .get_consolidated_allocation_body import GetConsolidatedAllocationBody
    from .get_contract_rules_body import GetContractRulesBody
    from .get_model_accounts_details_body import GetModelAccountsDetailsBody
    from .get_model_invest_divest_positions_body import GetModelInvestDivestPositionsBody
    from .get_model_positions_body import GetModelPositionsBody
    from .get_model_presets_body import GetModelPresetsBody
    from .get_model_summary_body import GetModelSummaryBody
    from .get_pa_transactions_body import GetPaTransactionsBody
    from .get_performance_all_periods_body import GetPerformanceAllPeriodsBody
    from .get_performance_body import GetPerformanceBody
    from .history_bar import HistoryBar
    from .invest_divest_model_body import InvestDivestModelBody
    from .invest_divest_model_body_account_list_item import InvestDivestModelBodyAccountListItem
    from .list_models_body import ListModelsBody
    from .live_order import LiveOrder
    from .live_orders_response import LiveOrdersResponse
    from .live_session_token_response import LiveSessionTokenResponse
    from .logout_response import LogoutResponse
    from .market_data_history import MarketDataHistory
    from .market_data_snapshot import MarketDataSnapshot
    from .modify_allocation_group_body import ModifyAllocationGroupBody
    from .modify_allocation_group_body_accounts_item import ModifyAllocationGroupBodyAccountsItem
    from .modify_allocation_group_body_default_method import ModifyAllocationGroupBodyDefaultMethod
    from .o_auth_2_token_request import OAuth2TokenRequest
    from .o_auth_2_token_response import OAuth2TokenResponse
    from .o_auth_token_response import OAuthTokenResponse
    from .order_reject import OrderReject
    from .order_reply_question import OrderReplyQuestion
    from .order_reply_request import OrderReplyRequest
    from .order_request import OrderRequest
    from .order_request_json_payload import OrderRequestJsonPayload
    from .order_request_strategy_parameters import OrderRequestStrategyParameters
    from .order_status import OrderStatus
    from .order_submit_success import OrderSubmitSuccess
    from .orders_submission_request import OrdersSubmissionRequest
    from .reauthenticate_response import ReauthenticateResponse
    from .run_hmds_scanner_legacy_body import RunHmdsScannerLegacyBody
    from .run_scanner_body import RunScannerBody
    from .save_alert_body import SaveAlertBody
    from .save_model_body import SaveModelBody
    from .save_model_body_cash_targets_item import SaveModelBodyCashTargetsItem
    from .save_model_body_position_targets_item import SaveModelBodyPositionTargetsItem
    from .save_model_presets_body import SaveModelPresetsBody
    from .search_contracts_by_body_body import SearchContractsByBodyBody
    from .server_info import ServerInfo
    from .server_prompt_reply_request import ServerPromptReplyRequest
    from .set_allocation_presets_body import SetAllocationPresetsBody
    from .set_dynamic_account_body import SetDynamicAccountBody
    from .set_fyi_device_delivery_body import SetFyiDeviceDeliveryBody
    from .set_fyi_setting_body import SetFyiSettingBody
    from .sso_session_response import SsoSessionResponse
    from .sso_validate_response import SsoValidateResponse
    from .sso_validate_response_features_type_0 import SsoValidateResponseFeaturesType0
    from .status_response import StatusResponse
    from .submit_model_transfers_body import SubmitModelTransfersBody
    from .suppress_questions_request import SuppressQuestionsRequest
    from .switch_account_body import SwitchAccountBody
    from .tickle_iserver import TickleIserver
    from .tickle_response import TickleResponse
    from .tickle_response_hmds_type_0 import TickleResponseHmdsType0
    from .trade import Trade
    from .unsubscribe_request import UnsubscribeRequest
    from .unsubscribe_response import UnsubscribeResponse
    from .what_if_amount import WhatIfAmount
    from .what_if_change import WhatIfChange
    from .what_if_response import WhatIfResponse

_MODULE_OF: dict[str, str] = {
    "AccountManagementRequest": ".account_management_request",
    "AccountManagementRequestInstruction": ".account_management_request_instruction",
    "AccountManagementRequestInstructionsItem": ".account_management_request_instructions_item",
    "AccountManagementResponse": ".account_management_response",
    "AccountManagementResponseInstructionResultType0": ".account_management_response_instruction_result_type_0",
    "ActivateAlertBody": ".activate_alert_body",
    "AuthStatus": ".auth_status",
    "BrokerageSessionInitRequest": ".brokerage_session_init_request",
    "CancelOrderResponse": ".cancel_order_response",
    "CreateAllocationGroupBody": ".create_allocation_group_body",
    "CreateAllocationGroupBodyAccountsItem": ".create_allocation_group_body_accounts_item",
    "CreateAllocationGroupBodyDefaultMethod": ".create_allocation_group_body_default_method",
    "CreateWatchlistBody": ".create_watchlist_body",
    "CreateWatchlistBodyRowsItem": ".create_watchlist_body_rows_item",
    "DeleteAlertBody": ".delete_alert_body",
    "DeleteAllocationGroupBody": ".delete_allocation_group_body",
    "EchoResponse": ".echo_response",
    "EchoResponseQueryParametersType0": ".echo_response_query_parameters_type_0",
    "Error": ".error",
    "FreeFormObject": ".free_form_object",
    "GetAllocationGroupBody": ".get_allocation_group_body",
    "GetConsolidatedAllocationBody": ".get_consolidated_allocation_body",
    "GetContractRulesBody": ".get_contract_rules_body",
    "GetModelAccountsDetailsBody": ".get_model_accounts_details_body",
    "GetModelInvestDivestPositionsBody": ".get_model_invest_divest_positions_body",
    "GetModelPositionsBody": ".get_model_positions_body",
    "GetModelPresetsBody": ".get_model_presets_body",
    "GetModelSummaryBody": ".get_model_summary_body",
    "GetPaTransactionsBody": ".get_pa_transactions_body",
    "GetPerformanceAllPeriodsBody": ".get_performance_all_periods_body",
    "GetPerformanceBody": ".get_performance_body",
    "HistoryBar": ".history_bar",
    "InvestDivestModelBody": ".invest_divest_model_body",
    "InvestDivestModelBodyAccountListItem": ".invest_divest_model_body_account_list_item",
    "ListModelsBody": ".list_models_body",
    "LiveOrder": ".live_order",
    "LiveOrdersResponse": ".live_orders_response",
    "LiveSessionTokenResponse": ".live_session_token_response",
    "LogoutResponse": ".logout_response",
    "MarketDataHistory": ".market_data_history",
    "MarketDataSnapshot": ".market_data_snapshot",
    "ModifyAllocationGroupBody": ".modify_allocation_group_body",
    "ModifyAllocationGroupBodyAccountsItem": ".modify_allocation_group_body_accounts_item",
    "ModifyAllocationGroupBodyDefaultMethod": ".modify_allocation_group_body_default_method",
    "OAuth2TokenRequest": ".o_auth_2_token_request",
    "OAuth2TokenResponse": ".o_auth_2_token_response",
    "OAuthTokenResponse": ".o_auth_token_response",
    "OrderReject": ".order_reject",
    "OrderReplyQuestion": ".order_reply_question",
    "OrderReplyRequest": ".order_reply_request",
    "OrderRequest": ".order_request",
    "OrderRequestJsonPayload": ".order_request_json_payload",
    "OrderRequestStrategyParameters": ".order_request_strategy_parameters",
    "OrderStatus": ".order_status",
    "OrderSubmitSuccess": ".order_submit_success",
    "OrdersSubmissionRequest": ".orders_submission_request",
    "ReauthenticateResponse": ".reauthenticate_response",
    "RunHmdsScannerLegacyBody": ".run_hmds_scanner_legacy_body",
    "RunScannerBody": ".run_scanner_body",
    "SaveAlertBody": ".save_alert_body",
    "SaveModelBody": ".save_model_body",
    "SaveModelBodyCashTargetsItem": ".save_model_body_cash_targets_item",
    "SaveModelBodyPositionTargetsItem": ".save_model_body_position_targets_item",
    "SaveModelPresetsBody": ".save_model_presets_body",
    "SearchContractsByBodyBody": ".search_contracts_by_body_body",
    "ServerInfo": ".server_info",
    "ServerPromptReplyRequest": ".server_prompt_reply_request",
    "SetAllocationPresetsBody": ".set_allocation_presets_body",
    "SetDynamicAccountBody": ".set_dynamic_account_body",
    "SetFyiDeviceDeliveryBody": ".set_fyi_device_delivery_body",
    "SetFyiSettingBody": ".set_fyi_setting_body",
    "SsoSessionResponse": ".sso_session_response",
    "SsoValidateResponse": ".sso_validate_response",
    "SsoValidateResponseFeaturesType0": ".sso_validate_response_features_type_0",
    "StatusResponse": ".status_response",
    "SubmitModelTransfersBody": ".submit_model_transfers_body",
    "SuppressQuestionsRequest": ".suppress_questions_request",
    "SwitchAccountBody": ".switch_account_body",
    "TickleIserver": ".tickle_iserver",
    "TickleResponse": ".tickle_response",
    "TickleResponseHmdsType0": ".tickle_response_hmds_type_0",
    "Trade": ".trade",
    "UnsubscribeRequest": ".unsubscribe_request",
    "UnsubscribeResponse": ".unsubscribe_response",
    "WhatIfAmount": ".what_if_amount",
    "WhatIfChange": ".what_if_change",
    "WhatIfResponse": ".what_if_response",
}


def __getattr__(name: str) -> Any:
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccountManagementRequest",
    "AccountManagementRequestInstruction",
    "AccountManagementRequestInstructionsItem",
    "AccountManagementResponse",
    "AccountManagementResponseInstructionResultType0",
    "ActivateAlertBody",
    "AuthStatus",
    "BrokerageSessionInitRequest",
    "CancelOrderResponse",
    "CreateAllocationGroupBody",
    "CreateAllocationGroupBodyAccountsItem",
    "CreateAllocationGroupBodyDefaultMethod",
    "CreateWatchlistBody",
    "CreateWatchlistBodyRowsItem",
    "DeleteAlertBody",
    "DeleteAllocationGroupBody",
    "EchoResponse",
    "EchoResponseQueryParametersType0",
    "Error",
    "FreeFormObject",
    "GetAllocationGroupBody",
    "GetConsolidatedAllocationBody",
    "GetContractRulesBody",
    "GetModelAccountsDetailsBody",
    "GetModelInvestDivestPositionsBody",
    "GetModelPositionsBody",
    "GetModelPresetsBody",
    "GetModelSummaryBody",
    "GetPaTransactionsBody",
    "GetPerformanceAllPeriodsBody",
    "GetPerformanceBody",
    "HistoryBar",
    "InvestDivestModelBody",
    "InvestDivestModelBodyAccountListItem",
    "ListModelsBody",
    "LiveOrder",
    "LiveOrdersResponse",
    "LiveSessionTokenResponse",
    "LogoutResponse",
    "MarketDataHistory",
    "MarketDataSnapshot",
    "ModifyAllocationGroupBody",
    "ModifyAllocationGroupBodyAccountsItem",
    "ModifyAllocationGroupBodyDefaultMethod",
    "OAuth2TokenRequest",
    "OAuth2TokenResponse",
    "OAuthTokenResponse",
    "OrderReject",
    "OrderReplyQuestion",
    "OrderReplyRequest",
    "OrderRequest",
    "OrderRequestJsonPayload",
    "OrderRequestStrategyParameters",
    "OrdersSubmissionRequest",
    "OrderStatus",
    "OrderSubmitSuccess",
    "ReauthenticateResponse",
    "RunHmdsScannerLegacyBody",
    "RunScannerBody",
    "SaveAlertBody",
    "SaveModelBody",
    "SaveModelBodyCashTargetsItem",
    "SaveModelBodyPositionTargetsItem",
    "SaveModelPresetsBody",
    "SearchContractsByBodyBody",
    "ServerInfo",
    "ServerPromptReplyRequest",
    "SetAllocationPresetsBody",
    "SetDynamicAccountBody",
    "SetFyiDeviceDeliveryBody",
    "SetFyiSettingBody",
    "SsoSessionResponse",
    "SsoValidateResponse",
    "SsoValidateResponseFeaturesType0",
    "StatusResponse",
    "SubmitModelTransfersBody",
    "SuppressQuestionsRequest",
    "SwitchAccountBody",
    "TickleIserver",
    "TickleResponse",
    "TickleResponseHmdsType0",
    "Trade",
    "UnsubscribeRequest",
    "UnsubscribeResponse",
    "WhatIfAmount",
    "WhatIfChange",
    "WhatIfResponse",
)

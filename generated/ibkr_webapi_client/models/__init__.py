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
    from .account_summary import AccountSummary
    from .account_summary_cash_balance import AccountSummaryCashBalance
    from .account_summary_sections import AccountSummarySections
    from .account_summary_sections_additional_property import AccountSummarySectionsAdditionalProperty
    from .accounts_response import AccountsResponse
    from .accounts_response_acct_props_type_0 import AccountsResponseAcctPropsType0
    from .accounts_response_acct_props_type_0_additional_property import (
        AccountsResponseAcctPropsType0AdditionalProperty,
    )
    from .accounts_response_aliases_type_0 import AccountsResponseAliasesType0
    from .accounts_response_allow_features_type_0 import AccountsResponseAllowFeaturesType0
    from .accounts_response_chart_periods_type_0 import AccountsResponseChartPeriodsType0
    from .alert_activation_request import AlertActivationRequest
    from .alert_condition import AlertCondition
    from .alert_detail import AlertDetail
    from .alert_request import AlertRequest
    from .alert_request_conditions_item import AlertRequestConditionsItem
    from .alert_result import AlertResult
    from .alert_summary import AlertSummary
    from .algo import Algo
    from .algo_parameter import AlgoParameter
    from .allocation import Allocation
    from .allocation_request import AllocationRequest
    from .allocation_side import AllocationSide
    from .allocation_side_long_type_0 import AllocationSideLongType0
    from .allocation_side_short_type_0 import AllocationSideShortType0
    from .auth_status import AuthStatus
    from .bond_filters import BondFilters
    from .bond_filters_bond_filter import BondFiltersBondFilter
    from .bond_filters_bond_filter_bond_filter_option import BondFiltersBondFilterBondFilterOption
    from .brokerage_session_init_request import BrokerageSessionInitRequest
    from .cancel_order_response import CancelOrderResponse
    from .contract_algos import ContractAlgos
    from .contract_info import ContractInfo
    from .contract_info_and_rules import ContractInfoAndRules
    from .contract_rules import ContractRules
    from .contract_rules_increment_rules_type_0_item import ContractRulesIncrementRulesType0Item
    from .contract_rules_order_defaults_type_0 import ContractRulesOrderDefaultsType0
    from .contract_rules_request import ContractRulesRequest
    from .contract_rules_tif_defaults_type_0 import ContractRulesTifDefaultsType0
    from .create_allocation_group_body import CreateAllocationGroupBody
    from .create_allocation_group_body_accounts_item import CreateAllocationGroupBodyAccountsItem
    from .create_allocation_group_body_default_method import CreateAllocationGroupBodyDefaultMethod
    from .currency_pair import CurrencyPair
    from .currency_pairs import CurrencyPairs
    from .delete_allocation_group_body import DeleteAllocationGroupBody
    from .dynamic_account_search_result import DynamicAccountSearchResult
    from .dynamic_account_search_result_matched_account import DynamicAccountSearchResultMatchedAccount
    from .echo_response import EchoResponse
    from .echo_response_query_parameters_type_0 import EchoResponseQueryParametersType0
    from .error import Error
    from .exchange_conid import ExchangeConid
    from .exchange_rate import ExchangeRate
    from .fa_model_list import FaModelList
    from .fa_model_list_fa_model import FaModelListFaModel
    from .fa_model_positions import FaModelPositions
    from .fa_model_positions_cash_type_0_item import FaModelPositionsCashType0Item
    from .fa_model_positions_position_list_type_0_item import FaModelPositionsPositionListType0Item
    from .forecast_category_tree import ForecastCategoryTree
    from .forecast_category_tree_categories_type_0 import ForecastCategoryTreeCategoriesType0
    from .forecast_category_tree_categories_type_0_forecast_category import (
        ForecastCategoryTreeCategoriesType0ForecastCategory,
    )
    from .forecast_category_tree_categories_type_0_forecast_category_forecast_market_ref import (
        ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef,
    )
    from .forecast_contract_details import ForecastContractDetails
    from .forecast_contract_rules import ForecastContractRules
    from .forecast_market import ForecastMarket
    from .forecast_market_forecast_contract import ForecastMarketForecastContract
    from .forecast_schedules import ForecastSchedules
    from .forecast_schedules_forecast_trading_day import ForecastSchedulesForecastTradingDay
    from .forecast_schedules_forecast_trading_day_forecast_trading_time import (
        ForecastSchedulesForecastTradingDayForecastTradingTime,
    )
    from .free_form_object import FreeFormObject
    from .future_contract import FutureContract
    from .futures_by_symbol import FuturesBySymbol
    from .fyi_delivery_options import FyiDeliveryOptions
    from .fyi_delivery_options_fyi_device import FyiDeliveryOptionsFyiDevice
    from .fyi_device_request import FyiDeviceRequest
    from .fyi_disclaimer import FyiDisclaimer
    from .fyi_notification import FyiNotification
    from .fyi_result import FyiResult
    from .fyi_result_p_type_0 import FyiResultPType0
    from .fyi_setting import FyiSetting
    from .fyi_unread_count import FyiUnreadCount
    from .get_allocation_group_body import GetAllocationGroupBody
    from .get_model_accounts_details_body import GetModelAccountsDetailsBody
    from .get_model_invest_divest_positions_body import GetModelInvestDivestPositionsBody
    from .get_model_positions_body import GetModelPositionsBody
    from .get_model_presets_body import GetModelPresetsBody
    from .get_model_summary_body import GetModelSummaryBody
    from .history_bar import HistoryBar
    from .hmds_scanner_request import HmdsScannerRequest
    from .hmds_scanner_request_filters_item import HmdsScannerRequestFiltersItem
    from .hmds_scanner_result import HmdsScannerResult
    from .hmds_scanner_result_contracts_type_0 import HmdsScannerResultContractsType0
    from .hmds_scanner_result_contracts_type_0_hmds_scanner_contract import (
        HmdsScannerResultContractsType0HmdsScannerContract,
    )
    from .invest_divest_model_body import InvestDivestModelBody
    from .invest_divest_model_body_account_list_item import InvestDivestModelBodyAccountListItem
    from .ledger import Ledger
    from .ledger_entry import LedgerEntry
    from .list_models_body import ListModelsBody
    from .live_order import LiveOrder
    from .live_orders_response import LiveOrdersResponse
    from .live_session_token_response import LiveSessionTokenResponse
    from .logout_response import LogoutResponse
    from .market_data_history import MarketDataHistory
    from .market_data_snapshot import MarketDataSnapshot
    from .message_response import MessageResponse
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
    from .pa_performance import PaPerformance
    from .pa_performance_cps_type_0 import PaPerformanceCpsType0
    from .pa_performance_nav_type_0 import PaPerformanceNavType0
    from .pa_performance_tpps_type_0 import PaPerformanceTppsType0
    from .pa_request import PaRequest
    from .pa_transaction import PaTransaction
    from .pa_transactions import PaTransactions
    from .pa_transactions_request import PaTransactionsRequest
    from .pa_transactions_rpnl_type_0 import PaTransactionsRpnlType0
    from .partitioned_pnl import PartitionedPnl
    from .partitioned_pnl_entry import PartitionedPnlEntry
    from .partitioned_pnl_upnl_type_0 import PartitionedPnlUpnlType0
    from .portfolio_account import PortfolioAccount
    from .portfolio_account_parent import PortfolioAccountParent
    from .portfolio_summary import PortfolioSummary
    from .position import Position
    from .positions_by_account import PositionsByAccount
    from .realtime_position import RealtimePosition
    from .reauthenticate_response import ReauthenticateResponse
    from .save_model_body import SaveModelBody
    from .save_model_body_cash_targets_item import SaveModelBodyCashTargetsItem
    from .save_model_body_position_targets_item import SaveModelBodyPositionTargetsItem
    from .save_model_presets_body import SaveModelPresetsBody
    from .scanner_contract import ScannerContract
    from .scanner_params import ScannerParams
    from .scanner_params_filter_list_type_0_item import ScannerParamsFilterListType0Item
    from .scanner_params_instrument_list_type_0_item import ScannerParamsInstrumentListType0Item
    from .scanner_params_location_tree_type_0_item import ScannerParamsLocationTreeType0Item
    from .scanner_params_scan_type_list_type_0_item import ScannerParamsScanTypeListType0Item
    from .scanner_result import ScannerResult
    from .scanner_run_request import ScannerRunRequest
    from .scanner_run_request_scanner_filter import ScannerRunRequestScannerFilter
    from .scanner_run_response_scanner_run_response_list_item import ScannerRunResponseScannerRunResponseListItem
    from .secdef import Secdef
    from .secdef_by_conids import SecdefByConids
    from .secdef_info import SecdefInfo
    from .secdef_search_request import SecdefSearchRequest
    from .secdef_search_result import SecdefSearchResult
    from .secdef_search_result_issuers_type_0_item import SecdefSearchResultIssuersType0Item
    from .secdef_section import SecdefSection
    from .server_info import ServerInfo
    from .server_prompt_reply_request import ServerPromptReplyRequest
    from .set_allocation_presets_body import SetAllocationPresetsBody
    from .set_fyi_setting_body import SetFyiSettingBody
    from .signatures_and_owners import SignaturesAndOwners
    from .signatures_and_owners_account_user import SignaturesAndOwnersAccountUser
    from .signatures_and_owners_account_user_entity_type_0 import SignaturesAndOwnersAccountUserEntityType0
    from .signatures_and_owners_applicant_type_0 import SignaturesAndOwnersApplicantType0
    from .sso_session_response import SsoSessionResponse
    from .sso_validate_response import SsoValidateResponse
    from .sso_validate_response_features_type_0 import SsoValidateResponseFeaturesType0
    from .status_response import StatusResponse
    from .stock_contract import StockContract
    from .stock_entry import StockEntry
    from .stocks_by_symbol import StocksBySymbol
    from .strikes import Strikes
    from .subaccounts_page import SubaccountsPage
    from .subaccounts_page_metadata_type_0 import SubaccountsPageMetadataType0
    from .submit_model_transfers_body import SubmitModelTransfersBody
    from .summary_value import SummaryValue
    from .suppress_questions_request import SuppressQuestionsRequest
    from .switch_account_request import SwitchAccountRequest
    from .switch_account_response import SwitchAccountResponse
    from .tickle_iserver import TickleIserver
    from .tickle_response import TickleResponse
    from .tickle_response_hmds_type_0 import TickleResponseHmdsType0
    from .trade import Trade
    from .trading_day import TradingDay
    from .trading_schedule import TradingSchedule
    from .trading_schedule_schedules_type_0 import TradingScheduleSchedulesType0
    from .trading_session import TradingSession
    from .unsubscribe_request import UnsubscribeRequest
    from .unsubscribe_response import UnsubscribeResponse
    from .watchlist import Watchlist
    from .watchlist_create_request import WatchlistCreateRequest
    from .watchlist_create_request_watchlist_row import WatchlistCreateRequestWatchlistRow
    from .watchlist_delete_response import WatchlistDeleteResponse
    from .watchlist_delete_response_data_type_0 import WatchlistDeleteResponseDataType0
    from .watchlist_instrument import WatchlistInstrument
    from .watchlist_summary import WatchlistSummary
    from .watchlists_response import WatchlistsResponse
    from .watchlists_response_data_type_0 import WatchlistsResponseDataType0
    from .what_if_amount import WhatIfAmount
    from .what_if_change import WhatIfChange
    from .what_if_response import WhatIfResponse

_MODULE_OF: dict[str, str] = {
    "AccountManagementRequest": ".account_management_request",
    "AccountManagementRequestInstruction": ".account_management_request_instruction",
    "AccountManagementRequestInstructionsItem": ".account_management_request_instructions_item",
    "AccountManagementResponse": ".account_management_response",
    "AccountManagementResponseInstructionResultType0": ".account_management_response_instruction_result_type_0",
    "AccountSummary": ".account_summary",
    "AccountSummaryCashBalance": ".account_summary_cash_balance",
    "AccountSummarySections": ".account_summary_sections",
    "AccountSummarySectionsAdditionalProperty": ".account_summary_sections_additional_property",
    "AccountsResponse": ".accounts_response",
    "AccountsResponseAcctPropsType0": ".accounts_response_acct_props_type_0",
    "AccountsResponseAcctPropsType0AdditionalProperty": ".accounts_response_acct_props_type_0_additional_property",
    "AccountsResponseAliasesType0": ".accounts_response_aliases_type_0",
    "AccountsResponseAllowFeaturesType0": ".accounts_response_allow_features_type_0",
    "AccountsResponseChartPeriodsType0": ".accounts_response_chart_periods_type_0",
    "AlertActivationRequest": ".alert_activation_request",
    "AlertCondition": ".alert_condition",
    "AlertDetail": ".alert_detail",
    "AlertRequest": ".alert_request",
    "AlertRequestConditionsItem": ".alert_request_conditions_item",
    "AlertResult": ".alert_result",
    "AlertSummary": ".alert_summary",
    "Algo": ".algo",
    "AlgoParameter": ".algo_parameter",
    "Allocation": ".allocation",
    "AllocationRequest": ".allocation_request",
    "AllocationSide": ".allocation_side",
    "AllocationSideLongType0": ".allocation_side_long_type_0",
    "AllocationSideShortType0": ".allocation_side_short_type_0",
    "AuthStatus": ".auth_status",
    "BondFilters": ".bond_filters",
    "BondFiltersBondFilter": ".bond_filters_bond_filter",
    "BondFiltersBondFilterBondFilterOption": ".bond_filters_bond_filter_bond_filter_option",
    "BrokerageSessionInitRequest": ".brokerage_session_init_request",
    "CancelOrderResponse": ".cancel_order_response",
    "ContractAlgos": ".contract_algos",
    "ContractInfo": ".contract_info",
    "ContractInfoAndRules": ".contract_info_and_rules",
    "ContractRules": ".contract_rules",
    "ContractRulesIncrementRulesType0Item": ".contract_rules_increment_rules_type_0_item",
    "ContractRulesOrderDefaultsType0": ".contract_rules_order_defaults_type_0",
    "ContractRulesRequest": ".contract_rules_request",
    "ContractRulesTifDefaultsType0": ".contract_rules_tif_defaults_type_0",
    "CreateAllocationGroupBody": ".create_allocation_group_body",
    "CreateAllocationGroupBodyAccountsItem": ".create_allocation_group_body_accounts_item",
    "CreateAllocationGroupBodyDefaultMethod": ".create_allocation_group_body_default_method",
    "CurrencyPair": ".currency_pair",
    "CurrencyPairs": ".currency_pairs",
    "DeleteAllocationGroupBody": ".delete_allocation_group_body",
    "DynamicAccountSearchResult": ".dynamic_account_search_result",
    "DynamicAccountSearchResultMatchedAccount": ".dynamic_account_search_result_matched_account",
    "EchoResponse": ".echo_response",
    "EchoResponseQueryParametersType0": ".echo_response_query_parameters_type_0",
    "Error": ".error",
    "ExchangeConid": ".exchange_conid",
    "ExchangeRate": ".exchange_rate",
    "FaModelList": ".fa_model_list",
    "FaModelListFaModel": ".fa_model_list_fa_model",
    "FaModelPositions": ".fa_model_positions",
    "FaModelPositionsCashType0Item": ".fa_model_positions_cash_type_0_item",
    "FaModelPositionsPositionListType0Item": ".fa_model_positions_position_list_type_0_item",
    "ForecastCategoryTree": ".forecast_category_tree",
    "ForecastCategoryTreeCategoriesType0": ".forecast_category_tree_categories_type_0",
    "ForecastCategoryTreeCategoriesType0ForecastCategory": ".forecast_category_tree_categories_type_0_forecast_category",
    "ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef": ".forecast_category_tree_categories_type_0_forecast_category_forecast_market_ref",
    "ForecastContractDetails": ".forecast_contract_details",
    "ForecastContractRules": ".forecast_contract_rules",
    "ForecastMarket": ".forecast_market",
    "ForecastMarketForecastContract": ".forecast_market_forecast_contract",
    "ForecastSchedules": ".forecast_schedules",
    "ForecastSchedulesForecastTradingDay": ".forecast_schedules_forecast_trading_day",
    "ForecastSchedulesForecastTradingDayForecastTradingTime": ".forecast_schedules_forecast_trading_day_forecast_trading_time",
    "FreeFormObject": ".free_form_object",
    "FutureContract": ".future_contract",
    "FuturesBySymbol": ".futures_by_symbol",
    "FyiDeliveryOptions": ".fyi_delivery_options",
    "FyiDeliveryOptionsFyiDevice": ".fyi_delivery_options_fyi_device",
    "FyiDeviceRequest": ".fyi_device_request",
    "FyiDisclaimer": ".fyi_disclaimer",
    "FyiNotification": ".fyi_notification",
    "FyiResult": ".fyi_result",
    "FyiResultPType0": ".fyi_result_p_type_0",
    "FyiSetting": ".fyi_setting",
    "FyiUnreadCount": ".fyi_unread_count",
    "GetAllocationGroupBody": ".get_allocation_group_body",
    "GetModelAccountsDetailsBody": ".get_model_accounts_details_body",
    "GetModelInvestDivestPositionsBody": ".get_model_invest_divest_positions_body",
    "GetModelPositionsBody": ".get_model_positions_body",
    "GetModelPresetsBody": ".get_model_presets_body",
    "GetModelSummaryBody": ".get_model_summary_body",
    "HistoryBar": ".history_bar",
    "HmdsScannerRequest": ".hmds_scanner_request",
    "HmdsScannerRequestFiltersItem": ".hmds_scanner_request_filters_item",
    "HmdsScannerResult": ".hmds_scanner_result",
    "HmdsScannerResultContractsType0": ".hmds_scanner_result_contracts_type_0",
    "HmdsScannerResultContractsType0HmdsScannerContract": ".hmds_scanner_result_contracts_type_0_hmds_scanner_contract",
    "InvestDivestModelBody": ".invest_divest_model_body",
    "InvestDivestModelBodyAccountListItem": ".invest_divest_model_body_account_list_item",
    "Ledger": ".ledger",
    "LedgerEntry": ".ledger_entry",
    "ListModelsBody": ".list_models_body",
    "LiveOrder": ".live_order",
    "LiveOrdersResponse": ".live_orders_response",
    "LiveSessionTokenResponse": ".live_session_token_response",
    "LogoutResponse": ".logout_response",
    "MarketDataHistory": ".market_data_history",
    "MarketDataSnapshot": ".market_data_snapshot",
    "MessageResponse": ".message_response",
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
    "PaPerformance": ".pa_performance",
    "PaPerformanceCpsType0": ".pa_performance_cps_type_0",
    "PaPerformanceNavType0": ".pa_performance_nav_type_0",
    "PaPerformanceTppsType0": ".pa_performance_tpps_type_0",
    "PaRequest": ".pa_request",
    "PaTransaction": ".pa_transaction",
    "PaTransactions": ".pa_transactions",
    "PaTransactionsRequest": ".pa_transactions_request",
    "PaTransactionsRpnlType0": ".pa_transactions_rpnl_type_0",
    "PartitionedPnl": ".partitioned_pnl",
    "PartitionedPnlEntry": ".partitioned_pnl_entry",
    "PartitionedPnlUpnlType0": ".partitioned_pnl_upnl_type_0",
    "PortfolioAccount": ".portfolio_account",
    "PortfolioAccountParent": ".portfolio_account_parent",
    "PortfolioSummary": ".portfolio_summary",
    "Position": ".position",
    "PositionsByAccount": ".positions_by_account",
    "RealtimePosition": ".realtime_position",
    "ReauthenticateResponse": ".reauthenticate_response",
    "SaveModelBody": ".save_model_body",
    "SaveModelBodyCashTargetsItem": ".save_model_body_cash_targets_item",
    "SaveModelBodyPositionTargetsItem": ".save_model_body_position_targets_item",
    "SaveModelPresetsBody": ".save_model_presets_body",
    "ScannerContract": ".scanner_contract",
    "ScannerParams": ".scanner_params",
    "ScannerParamsFilterListType0Item": ".scanner_params_filter_list_type_0_item",
    "ScannerParamsInstrumentListType0Item": ".scanner_params_instrument_list_type_0_item",
    "ScannerParamsLocationTreeType0Item": ".scanner_params_location_tree_type_0_item",
    "ScannerParamsScanTypeListType0Item": ".scanner_params_scan_type_list_type_0_item",
    "ScannerResult": ".scanner_result",
    "ScannerRunRequest": ".scanner_run_request",
    "ScannerRunRequestScannerFilter": ".scanner_run_request_scanner_filter",
    "ScannerRunResponseScannerRunResponseListItem": ".scanner_run_response_scanner_run_response_list_item",
    "Secdef": ".secdef",
    "SecdefByConids": ".secdef_by_conids",
    "SecdefInfo": ".secdef_info",
    "SecdefSearchRequest": ".secdef_search_request",
    "SecdefSearchResult": ".secdef_search_result",
    "SecdefSearchResultIssuersType0Item": ".secdef_search_result_issuers_type_0_item",
    "SecdefSection": ".secdef_section",
    "ServerInfo": ".server_info",
    "ServerPromptReplyRequest": ".server_prompt_reply_request",
    "SetAllocationPresetsBody": ".set_allocation_presets_body",
    "SetFyiSettingBody": ".set_fyi_setting_body",
    "SignaturesAndOwners": ".signatures_and_owners",
    "SignaturesAndOwnersAccountUser": ".signatures_and_owners_account_user",
    "SignaturesAndOwnersAccountUserEntityType0": ".signatures_and_owners_account_user_entity_type_0",
    "SignaturesAndOwnersApplicantType0": ".signatures_and_owners_applicant_type_0",
    "SsoSessionResponse": ".sso_session_response",
    "SsoValidateResponse": ".sso_validate_response",
    "SsoValidateResponseFeaturesType0": ".sso_validate_response_features_type_0",
    "StatusResponse": ".status_response",
    "StockContract": ".stock_contract",
    "StockEntry": ".stock_entry",
    "StocksBySymbol": ".stocks_by_symbol",
    "Strikes": ".strikes",
    "SubaccountsPage": ".subaccounts_page",
    "SubaccountsPageMetadataType0": ".subaccounts_page_metadata_type_0",
    "SubmitModelTransfersBody": ".submit_model_transfers_body",
    "SummaryValue": ".summary_value",
    "SuppressQuestionsRequest": ".suppress_questions_request",
    "SwitchAccountRequest": ".switch_account_request",
    "SwitchAccountResponse": ".switch_account_response",
    "TickleIserver": ".tickle_iserver",
    "TickleResponse": ".tickle_response",
    "TickleResponseHmdsType0": ".tickle_response_hmds_type_0",
    "Trade": ".trade",
    "TradingDay": ".trading_day",
    "TradingSchedule": ".trading_schedule",
    "TradingScheduleSchedulesType0": ".trading_schedule_schedules_type_0",
    "TradingSession": ".trading_session",
    "UnsubscribeRequest": ".unsubscribe_request",
    "UnsubscribeResponse": ".unsubscribe_response",
    "Watchlist": ".watchlist",
    "WatchlistCreateRequest": ".watchlist_create_request",
    "WatchlistCreateRequestWatchlistRow": ".watchlist_create_request_watchlist_row",
    "WatchlistDeleteResponse": ".watchlist_delete_response",
    "WatchlistDeleteResponseDataType0": ".watchlist_delete_response_data_type_0",
    "WatchlistInstrument": ".watchlist_instrument",
    "WatchlistSummary": ".watchlist_summary",
    "WatchlistsResponse": ".watchlists_response",
    "WatchlistsResponseDataType0": ".watchlists_response_data_type_0",
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
    "AccountsResponse",
    "AccountsResponseAcctPropsType0",
    "AccountsResponseAcctPropsType0AdditionalProperty",
    "AccountsResponseAliasesType0",
    "AccountsResponseAllowFeaturesType0",
    "AccountsResponseChartPeriodsType0",
    "AccountSummary",
    "AccountSummaryCashBalance",
    "AccountSummarySections",
    "AccountSummarySectionsAdditionalProperty",
    "AlertActivationRequest",
    "AlertCondition",
    "AlertDetail",
    "AlertRequest",
    "AlertRequestConditionsItem",
    "AlertResult",
    "AlertSummary",
    "Algo",
    "AlgoParameter",
    "Allocation",
    "AllocationRequest",
    "AllocationSide",
    "AllocationSideLongType0",
    "AllocationSideShortType0",
    "AuthStatus",
    "BondFilters",
    "BondFiltersBondFilter",
    "BondFiltersBondFilterBondFilterOption",
    "BrokerageSessionInitRequest",
    "CancelOrderResponse",
    "ContractAlgos",
    "ContractInfo",
    "ContractInfoAndRules",
    "ContractRules",
    "ContractRulesIncrementRulesType0Item",
    "ContractRulesOrderDefaultsType0",
    "ContractRulesRequest",
    "ContractRulesTifDefaultsType0",
    "CreateAllocationGroupBody",
    "CreateAllocationGroupBodyAccountsItem",
    "CreateAllocationGroupBodyDefaultMethod",
    "CurrencyPair",
    "CurrencyPairs",
    "DeleteAllocationGroupBody",
    "DynamicAccountSearchResult",
    "DynamicAccountSearchResultMatchedAccount",
    "EchoResponse",
    "EchoResponseQueryParametersType0",
    "Error",
    "ExchangeConid",
    "ExchangeRate",
    "FaModelList",
    "FaModelListFaModel",
    "FaModelPositions",
    "FaModelPositionsCashType0Item",
    "FaModelPositionsPositionListType0Item",
    "ForecastCategoryTree",
    "ForecastCategoryTreeCategoriesType0",
    "ForecastCategoryTreeCategoriesType0ForecastCategory",
    "ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef",
    "ForecastContractDetails",
    "ForecastContractRules",
    "ForecastMarket",
    "ForecastMarketForecastContract",
    "ForecastSchedules",
    "ForecastSchedulesForecastTradingDay",
    "ForecastSchedulesForecastTradingDayForecastTradingTime",
    "FreeFormObject",
    "FutureContract",
    "FuturesBySymbol",
    "FyiDeliveryOptions",
    "FyiDeliveryOptionsFyiDevice",
    "FyiDeviceRequest",
    "FyiDisclaimer",
    "FyiNotification",
    "FyiResult",
    "FyiResultPType0",
    "FyiSetting",
    "FyiUnreadCount",
    "GetAllocationGroupBody",
    "GetModelAccountsDetailsBody",
    "GetModelInvestDivestPositionsBody",
    "GetModelPositionsBody",
    "GetModelPresetsBody",
    "GetModelSummaryBody",
    "HistoryBar",
    "HmdsScannerRequest",
    "HmdsScannerRequestFiltersItem",
    "HmdsScannerResult",
    "HmdsScannerResultContractsType0",
    "HmdsScannerResultContractsType0HmdsScannerContract",
    "InvestDivestModelBody",
    "InvestDivestModelBodyAccountListItem",
    "Ledger",
    "LedgerEntry",
    "ListModelsBody",
    "LiveOrder",
    "LiveOrdersResponse",
    "LiveSessionTokenResponse",
    "LogoutResponse",
    "MarketDataHistory",
    "MarketDataSnapshot",
    "MessageResponse",
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
    "PaPerformance",
    "PaPerformanceCpsType0",
    "PaPerformanceNavType0",
    "PaPerformanceTppsType0",
    "PaRequest",
    "PartitionedPnl",
    "PartitionedPnlEntry",
    "PartitionedPnlUpnlType0",
    "PaTransaction",
    "PaTransactions",
    "PaTransactionsRequest",
    "PaTransactionsRpnlType0",
    "PortfolioAccount",
    "PortfolioAccountParent",
    "PortfolioSummary",
    "Position",
    "PositionsByAccount",
    "RealtimePosition",
    "ReauthenticateResponse",
    "SaveModelBody",
    "SaveModelBodyCashTargetsItem",
    "SaveModelBodyPositionTargetsItem",
    "SaveModelPresetsBody",
    "ScannerContract",
    "ScannerParams",
    "ScannerParamsFilterListType0Item",
    "ScannerParamsInstrumentListType0Item",
    "ScannerParamsLocationTreeType0Item",
    "ScannerParamsScanTypeListType0Item",
    "ScannerResult",
    "ScannerRunRequest",
    "ScannerRunRequestScannerFilter",
    "ScannerRunResponseScannerRunResponseListItem",
    "Secdef",
    "SecdefByConids",
    "SecdefInfo",
    "SecdefSearchRequest",
    "SecdefSearchResult",
    "SecdefSearchResultIssuersType0Item",
    "SecdefSection",
    "ServerInfo",
    "ServerPromptReplyRequest",
    "SetAllocationPresetsBody",
    "SetFyiSettingBody",
    "SignaturesAndOwners",
    "SignaturesAndOwnersAccountUser",
    "SignaturesAndOwnersAccountUserEntityType0",
    "SignaturesAndOwnersApplicantType0",
    "SsoSessionResponse",
    "SsoValidateResponse",
    "SsoValidateResponseFeaturesType0",
    "StatusResponse",
    "StockContract",
    "StockEntry",
    "StocksBySymbol",
    "Strikes",
    "SubaccountsPage",
    "SubaccountsPageMetadataType0",
    "SubmitModelTransfersBody",
    "SummaryValue",
    "SuppressQuestionsRequest",
    "SwitchAccountRequest",
    "SwitchAccountResponse",
    "TickleIserver",
    "TickleResponse",
    "TickleResponseHmdsType0",
    "Trade",
    "TradingDay",
    "TradingSchedule",
    "TradingScheduleSchedulesType0",
    "TradingSession",
    "UnsubscribeRequest",
    "UnsubscribeResponse",
    "Watchlist",
    "WatchlistCreateRequest",
    "WatchlistCreateRequestWatchlistRow",
    "WatchlistDeleteResponse",
    "WatchlistDeleteResponseDataType0",
    "WatchlistInstrument",
    "WatchlistsResponse",
    "WatchlistsResponseDataType0",
    "WatchlistSummary",
    "WhatIfAmount",
    "WhatIfChange",
    "WhatIfResponse",
)

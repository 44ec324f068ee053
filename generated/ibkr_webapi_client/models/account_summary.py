# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_summary_cash_balance import AccountSummaryCashBalance


T = TypeVar("T", bound="AccountSummary")


@_attrs_define
class AccountSummary:
    """Balances and margin figures of one account (numbers).

    Attributes:
        account_type (None | str | Unset):
        status (None | str | Unset):
        balance (float | None | Unset):
        sma (float | None | Unset):
        buying_power (float | None | Unset):
        available_funds (float | None | Unset):
        excess_liquidity (float | None | Unset):
        net_liquidation_value (float | None | Unset):
        equity_with_loan_value (float | None | Unset):
        reg_t_loan (float | None | Unset):
        securities_gvp (float | None | Unset):
        total_cash_value (float | None | Unset):
        accrued_interest (float | None | Unset):
        reg_t_margin (float | None | Unset):
        initial_margin (float | None | Unset):
        maintenance_margin (float | None | Unset):
        cash_balances (list[AccountSummaryCashBalance] | None | Unset):
    """

    account_type: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    balance: float | None | Unset = UNSET
    sma: float | None | Unset = UNSET
    buying_power: float | None | Unset = UNSET
    available_funds: float | None | Unset = UNSET
    excess_liquidity: float | None | Unset = UNSET
    net_liquidation_value: float | None | Unset = UNSET
    equity_with_loan_value: float | None | Unset = UNSET
    reg_t_loan: float | None | Unset = UNSET
    securities_gvp: float | None | Unset = UNSET
    total_cash_value: float | None | Unset = UNSET
    accrued_interest: float | None | Unset = UNSET
    reg_t_margin: float | None | Unset = UNSET
    initial_margin: float | None | Unset = UNSET
    maintenance_margin: float | None | Unset = UNSET
    cash_balances: list[AccountSummaryCashBalance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type: None | str | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        else:
            account_type = self.account_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        sma: float | None | Unset
        if isinstance(self.sma, Unset):
            sma = UNSET
        else:
            sma = self.sma

        buying_power: float | None | Unset
        if isinstance(self.buying_power, Unset):
            buying_power = UNSET
        else:
            buying_power = self.buying_power

        available_funds: float | None | Unset
        if isinstance(self.available_funds, Unset):
            available_funds = UNSET
        else:
            available_funds = self.available_funds

        excess_liquidity: float | None | Unset
        if isinstance(self.excess_liquidity, Unset):
            excess_liquidity = UNSET
        else:
            excess_liquidity = self.excess_liquidity

        net_liquidation_value: float | None | Unset
        if isinstance(self.net_liquidation_value, Unset):
            net_liquidation_value = UNSET
        else:
            net_liquidation_value = self.net_liquidation_value

        equity_with_loan_value: float | None | Unset
        if isinstance(self.equity_with_loan_value, Unset):
            equity_with_loan_value = UNSET
        else:
            equity_with_loan_value = self.equity_with_loan_value

        reg_t_loan: float | None | Unset
        if isinstance(self.reg_t_loan, Unset):
            reg_t_loan = UNSET
        else:
            reg_t_loan = self.reg_t_loan

        securities_gvp: float | None | Unset
        if isinstance(self.securities_gvp, Unset):
            securities_gvp = UNSET
        else:
            securities_gvp = self.securities_gvp

        total_cash_value: float | None | Unset
        if isinstance(self.total_cash_value, Unset):
            total_cash_value = UNSET
        else:
            total_cash_value = self.total_cash_value

        accrued_interest: float | None | Unset
        if isinstance(self.accrued_interest, Unset):
            accrued_interest = UNSET
        else:
            accrued_interest = self.accrued_interest

        reg_t_margin: float | None | Unset
        if isinstance(self.reg_t_margin, Unset):
            reg_t_margin = UNSET
        else:
            reg_t_margin = self.reg_t_margin

        initial_margin: float | None | Unset
        if isinstance(self.initial_margin, Unset):
            initial_margin = UNSET
        else:
            initial_margin = self.initial_margin

        maintenance_margin: float | None | Unset
        if isinstance(self.maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = self.maintenance_margin

        cash_balances: list[dict[str, Any]] | None | Unset
        if isinstance(self.cash_balances, Unset):
            cash_balances = UNSET
        elif isinstance(self.cash_balances, list):
            cash_balances = []
            for cash_balances_type_0_item_data in self.cash_balances:
                cash_balances_type_0_item = cash_balances_type_0_item_data.to_dict()
                cash_balances.append(cash_balances_type_0_item)

        else:
            cash_balances = self.cash_balances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if status is not UNSET:
            field_dict["status"] = status
        if balance is not UNSET:
            field_dict["balance"] = balance
        if sma is not UNSET:
            field_dict["SMA"] = sma
        if buying_power is not UNSET:
            field_dict["buyingPower"] = buying_power
        if available_funds is not UNSET:
            field_dict["availableFunds"] = available_funds
        if excess_liquidity is not UNSET:
            field_dict["excessLiquidity"] = excess_liquidity
        if net_liquidation_value is not UNSET:
            field_dict["netLiquidationValue"] = net_liquidation_value
        if equity_with_loan_value is not UNSET:
            field_dict["equityWithLoanValue"] = equity_with_loan_value
        if reg_t_loan is not UNSET:
            field_dict["regTLoan"] = reg_t_loan
        if securities_gvp is not UNSET:
            field_dict["securitiesGVP"] = securities_gvp
        if total_cash_value is not UNSET:
            field_dict["totalCashValue"] = total_cash_value
        if accrued_interest is not UNSET:
            field_dict["accruedInterest"] = accrued_interest
        if reg_t_margin is not UNSET:
            field_dict["regTMargin"] = reg_t_margin
        if initial_margin is not UNSET:
            field_dict["initialMargin"] = initial_margin
        if maintenance_margin is not UNSET:
            field_dict["maintenanceMargin"] = maintenance_margin
        if cash_balances is not UNSET:
            field_dict["cashBalances"] = cash_balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_summary_cash_balance import AccountSummaryCashBalance  # noqa: PLC0415

        d = dict(src_dict)
        account_type: None | str | Unset = d.pop("accountType", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        balance: float | None | Unset = d.pop("balance", UNSET)

        sma: float | None | Unset = d.pop("SMA", UNSET)

        buying_power: float | None | Unset = d.pop("buyingPower", UNSET)

        available_funds: float | None | Unset = d.pop("availableFunds", UNSET)

        excess_liquidity: float | None | Unset = d.pop("excessLiquidity", UNSET)

        net_liquidation_value: float | None | Unset = d.pop("netLiquidationValue", UNSET)

        equity_with_loan_value: float | None | Unset = d.pop("equityWithLoanValue", UNSET)

        reg_t_loan: float | None | Unset = d.pop("regTLoan", UNSET)

        securities_gvp: float | None | Unset = d.pop("securitiesGVP", UNSET)

        total_cash_value: float | None | Unset = d.pop("totalCashValue", UNSET)

        accrued_interest: float | None | Unset = d.pop("accruedInterest", UNSET)

        reg_t_margin: float | None | Unset = d.pop("regTMargin", UNSET)

        initial_margin: float | None | Unset = d.pop("initialMargin", UNSET)

        maintenance_margin: float | None | Unset = d.pop("maintenanceMargin", UNSET)

        def _parse_cash_balances(data: object) -> list[AccountSummaryCashBalance] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cash_balances_type_0 = []
                _cash_balances_type_0 = data
                for cash_balances_type_0_item_data in _cash_balances_type_0:
                    cash_balances_type_0_item = AccountSummaryCashBalance.from_dict(cash_balances_type_0_item_data)

                    cash_balances_type_0.append(cash_balances_type_0_item)

                return cash_balances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountSummaryCashBalance] | None | Unset, data)

        cash_balances = _parse_cash_balances(d.pop("cashBalances", UNSET))

        account_summary = cls(
            account_type=account_type,
            status=status,
            balance=balance,
            sma=sma,
            buying_power=buying_power,
            available_funds=available_funds,
            excess_liquidity=excess_liquidity,
            net_liquidation_value=net_liquidation_value,
            equity_with_loan_value=equity_with_loan_value,
            reg_t_loan=reg_t_loan,
            securities_gvp=securities_gvp,
            total_cash_value=total_cash_value,
            accrued_interest=accrued_interest,
            reg_t_margin=reg_t_margin,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            cash_balances=cash_balances,
        )

        account_summary.additional_properties = d
        return account_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_transaction import PaTransaction
    from ..models.pa_transactions_rpnl_type_0 import PaTransactionsRpnlType0


T = TypeVar("T", bound="PaTransactions")


@_attrs_define
class PaTransactions:
    """
    Attributes:
        id (None | str | Unset):
        currency (None | str | Unset):
        nd (int | None | str | Unset):
        from_ (int | None | Unset):
        to (int | None | Unset):
        rpnl (None | PaTransactionsRpnlType0 | Unset):
        transactions (list[PaTransaction] | None | Unset):
    """

    id: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    nd: int | None | str | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    rpnl: None | PaTransactionsRpnlType0 | Unset = UNSET
    transactions: list[PaTransaction] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pa_transactions_rpnl_type_0 import PaTransactionsRpnlType0  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        nd: int | None | str | Unset
        if isinstance(self.nd, Unset):
            nd = UNSET
        else:
            nd = self.nd

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        rpnl: dict[str, Any] | None | Unset
        if isinstance(self.rpnl, Unset):
            rpnl = UNSET
        elif isinstance(self.rpnl, PaTransactionsRpnlType0):
            rpnl = self.rpnl.to_dict()
        else:
            rpnl = self.rpnl

        transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            transactions = []
            for transactions_type_0_item_data in self.transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if nd is not UNSET:
            field_dict["nd"] = nd
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if rpnl is not UNSET:
            field_dict["rpnl"] = rpnl
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_transaction import PaTransaction  # noqa: PLC0415
        from ..models.pa_transactions_rpnl_type_0 import PaTransactionsRpnlType0  # noqa: PLC0415

        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        nd: int | None | str | Unset = d.pop("nd", UNSET)

        from_: int | None | Unset = d.pop("from", UNSET)

        to: int | None | Unset = d.pop("to", UNSET)

        def _parse_rpnl(data: object) -> None | PaTransactionsRpnlType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rpnl_type_0 = PaTransactionsRpnlType0.from_dict(data)

                return rpnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaTransactionsRpnlType0 | Unset, data)

        rpnl = _parse_rpnl(d.pop("rpnl", UNSET))

        def _parse_transactions(data: object) -> list[PaTransaction] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transactions_type_0 = []
                _transactions_type_0 = data
                for transactions_type_0_item_data in _transactions_type_0:
                    transactions_type_0_item = PaTransaction.from_dict(transactions_type_0_item_data)

                    transactions_type_0.append(transactions_type_0_item)

                return transactions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaTransaction] | None | Unset, data)

        transactions = _parse_transactions(d.pop("transactions", UNSET))

        pa_transactions = cls(
            id=id,
            currency=currency,
            nd=nd,
            from_=from_,
            to=to,
            rpnl=rpnl,
            transactions=transactions,
        )

        pa_transactions.additional_properties = d
        return pa_transactions

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

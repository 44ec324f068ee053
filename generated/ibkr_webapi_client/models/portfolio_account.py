# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_account_parent import PortfolioAccountParent


T = TypeVar("T", bound="PortfolioAccount")


@_attrs_define
class PortfolioAccount:
    """
    Attributes:
        id (None | str | Unset):
        account_id (None | str | Unset):
        account_van (None | str | Unset):
        account_title (None | str | Unset):
        display_name (None | str | Unset):
        account_alias (None | str | Unset):
        account_status (int | None | Unset):
        currency (None | str | Unset):
        type_ (None | str | Unset):
        trading_type (None | str | Unset):
        business_type (None | str | Unset):
        category (None | str | Unset):
        ib_entity (None | str | Unset):
        faclient (bool | None | Unset):
        clearing_status (None | str | Unset):
        covestor (bool | None | Unset):
        no_client_trading (bool | None | Unset):
        track_virtual_fx_portfolio (bool | None | Unset):
        acct_cust_type (None | str | Unset):
        brokerage_access (bool | None | Unset):
        desc (None | str | Unset):
        prepaid_crypto_z (bool | None | Unset):
        prepaid_crypto_p (bool | None | Unset):
        parent (PortfolioAccountParent | Unset):
    """

    id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    account_van: None | str | Unset = UNSET
    account_title: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    account_alias: None | str | Unset = UNSET
    account_status: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    trading_type: None | str | Unset = UNSET
    business_type: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    ib_entity: None | str | Unset = UNSET
    faclient: bool | None | Unset = UNSET
    clearing_status: None | str | Unset = UNSET
    covestor: bool | None | Unset = UNSET
    no_client_trading: bool | None | Unset = UNSET
    track_virtual_fx_portfolio: bool | None | Unset = UNSET
    acct_cust_type: None | str | Unset = UNSET
    brokerage_access: bool | None | Unset = UNSET
    desc: None | str | Unset = UNSET
    prepaid_crypto_z: bool | None | Unset = UNSET
    prepaid_crypto_p: bool | None | Unset = UNSET
    parent: PortfolioAccountParent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_van: None | str | Unset
        if isinstance(self.account_van, Unset):
            account_van = UNSET
        else:
            account_van = self.account_van

        account_title: None | str | Unset
        if isinstance(self.account_title, Unset):
            account_title = UNSET
        else:
            account_title = self.account_title

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        account_alias: None | str | Unset
        if isinstance(self.account_alias, Unset):
            account_alias = UNSET
        else:
            account_alias = self.account_alias

        account_status: int | None | Unset
        if isinstance(self.account_status, Unset):
            account_status = UNSET
        else:
            account_status = self.account_status

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        trading_type: None | str | Unset
        if isinstance(self.trading_type, Unset):
            trading_type = UNSET
        else:
            trading_type = self.trading_type

        business_type: None | str | Unset
        if isinstance(self.business_type, Unset):
            business_type = UNSET
        else:
            business_type = self.business_type

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        ib_entity: None | str | Unset
        if isinstance(self.ib_entity, Unset):
            ib_entity = UNSET
        else:
            ib_entity = self.ib_entity

        faclient: bool | None | Unset
        if isinstance(self.faclient, Unset):
            faclient = UNSET
        else:
            faclient = self.faclient

        clearing_status: None | str | Unset
        if isinstance(self.clearing_status, Unset):
            clearing_status = UNSET
        else:
            clearing_status = self.clearing_status

        covestor: bool | None | Unset
        if isinstance(self.covestor, Unset):
            covestor = UNSET
        else:
            covestor = self.covestor

        no_client_trading: bool | None | Unset
        if isinstance(self.no_client_trading, Unset):
            no_client_trading = UNSET
        else:
            no_client_trading = self.no_client_trading

        track_virtual_fx_portfolio: bool | None | Unset
        if isinstance(self.track_virtual_fx_portfolio, Unset):
            track_virtual_fx_portfolio = UNSET
        else:
            track_virtual_fx_portfolio = self.track_virtual_fx_portfolio

        acct_cust_type: None | str | Unset
        if isinstance(self.acct_cust_type, Unset):
            acct_cust_type = UNSET
        else:
            acct_cust_type = self.acct_cust_type

        brokerage_access: bool | None | Unset
        if isinstance(self.brokerage_access, Unset):
            brokerage_access = UNSET
        else:
            brokerage_access = self.brokerage_access

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        prepaid_crypto_z: bool | None | Unset
        if isinstance(self.prepaid_crypto_z, Unset):
            prepaid_crypto_z = UNSET
        else:
            prepaid_crypto_z = self.prepaid_crypto_z

        prepaid_crypto_p: bool | None | Unset
        if isinstance(self.prepaid_crypto_p, Unset):
            prepaid_crypto_p = UNSET
        else:
            prepaid_crypto_p = self.prepaid_crypto_p

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_van is not UNSET:
            field_dict["accountVan"] = account_van
        if account_title is not UNSET:
            field_dict["accountTitle"] = account_title
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if account_alias is not UNSET:
            field_dict["accountAlias"] = account_alias
        if account_status is not UNSET:
            field_dict["accountStatus"] = account_status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trading_type is not UNSET:
            field_dict["tradingType"] = trading_type
        if business_type is not UNSET:
            field_dict["businessType"] = business_type
        if category is not UNSET:
            field_dict["category"] = category
        if ib_entity is not UNSET:
            field_dict["ibEntity"] = ib_entity
        if faclient is not UNSET:
            field_dict["faclient"] = faclient
        if clearing_status is not UNSET:
            field_dict["clearingStatus"] = clearing_status
        if covestor is not UNSET:
            field_dict["covestor"] = covestor
        if no_client_trading is not UNSET:
            field_dict["noClientTrading"] = no_client_trading
        if track_virtual_fx_portfolio is not UNSET:
            field_dict["trackVirtualFXPortfolio"] = track_virtual_fx_portfolio
        if acct_cust_type is not UNSET:
            field_dict["acctCustType"] = acct_cust_type
        if brokerage_access is not UNSET:
            field_dict["brokerageAccess"] = brokerage_access
        if desc is not UNSET:
            field_dict["desc"] = desc
        if prepaid_crypto_z is not UNSET:
            field_dict["PrepaidCrypto-Z"] = prepaid_crypto_z
        if prepaid_crypto_p is not UNSET:
            field_dict["PrepaidCrypto-P"] = prepaid_crypto_p
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_account_parent import PortfolioAccountParent  # noqa: PLC0415

        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        account_id: None | str | Unset = d.pop("accountId", UNSET)

        account_van: None | str | Unset = d.pop("accountVan", UNSET)

        account_title: None | str | Unset = d.pop("accountTitle", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        account_alias: None | str | Unset = d.pop("accountAlias", UNSET)

        account_status: int | None | Unset = d.pop("accountStatus", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        trading_type: None | str | Unset = d.pop("tradingType", UNSET)

        business_type: None | str | Unset = d.pop("businessType", UNSET)

        category: None | str | Unset = d.pop("category", UNSET)

        ib_entity: None | str | Unset = d.pop("ibEntity", UNSET)

        faclient: bool | None | Unset = d.pop("faclient", UNSET)

        clearing_status: None | str | Unset = d.pop("clearingStatus", UNSET)

        covestor: bool | None | Unset = d.pop("covestor", UNSET)

        no_client_trading: bool | None | Unset = d.pop("noClientTrading", UNSET)

        track_virtual_fx_portfolio: bool | None | Unset = d.pop("trackVirtualFXPortfolio", UNSET)

        acct_cust_type: None | str | Unset = d.pop("acctCustType", UNSET)

        brokerage_access: bool | None | Unset = d.pop("brokerageAccess", UNSET)

        desc: None | str | Unset = d.pop("desc", UNSET)

        prepaid_crypto_z: bool | None | Unset = d.pop("PrepaidCrypto-Z", UNSET)

        prepaid_crypto_p: bool | None | Unset = d.pop("PrepaidCrypto-P", UNSET)

        _parent = d.pop("parent", UNSET)
        parent: PortfolioAccountParent | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = PortfolioAccountParent.from_dict(_parent)

        portfolio_account = cls(
            id=id,
            account_id=account_id,
            account_van=account_van,
            account_title=account_title,
            display_name=display_name,
            account_alias=account_alias,
            account_status=account_status,
            currency=currency,
            type_=type_,
            trading_type=trading_type,
            business_type=business_type,
            category=category,
            ib_entity=ib_entity,
            faclient=faclient,
            clearing_status=clearing_status,
            covestor=covestor,
            no_client_trading=no_client_trading,
            track_virtual_fx_portfolio=track_virtual_fx_portfolio,
            acct_cust_type=acct_cust_type,
            brokerage_access=brokerage_access,
            desc=desc,
            prepaid_crypto_z=prepaid_crypto_z,
            prepaid_crypto_p=prepaid_crypto_p,
            parent=parent,
        )

        portfolio_account.additional_properties = d
        return portfolio_account

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

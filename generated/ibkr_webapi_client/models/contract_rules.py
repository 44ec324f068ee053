# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_rules_increment_rules_type_0_item import ContractRulesIncrementRulesType0Item
    from ..models.contract_rules_order_defaults_type_0 import ContractRulesOrderDefaultsType0
    from ..models.contract_rules_tif_defaults_type_0 import ContractRulesTifDefaultsType0


T = TypeVar("T", bound="ContractRules")


@_attrs_define
class ContractRules:
    """What orders the contract accepts (types, sizes, increments).

    Attributes:
        algo_eligible (bool | None | Unset):
        all_or_none_eligible (bool | None | Unset):
        overnight_eligible (bool | None | Unset):
        cost_report (bool | None | Unset):
        can_trade_acct_ids (list[str] | None | Unset):
        error (None | str | Unset):
        order_types (list[str] | None | Unset):
        ib_algo_types (list[str] | None | Unset):
        fraq_types (list[str] | None | Unset):
        force_order_preview (bool | None | Unset):
        cqt_types (list[str] | None | Unset):
        order_defaults (ContractRulesOrderDefaultsType0 | None | Unset):
        order_types_outside (list[str] | None | Unset):
        default_size (float | None | str | Unset):
        cash_size (float | None | str | Unset):
        size_increment (float | None | str | Unset):
        tif_types (list[str] | None | Unset):
        tif_defaults (ContractRulesTifDefaultsType0 | None | Unset):
        limit_price (float | None | str | Unset):
        stopprice (float | None | str | Unset):
        order_origination (None | str | Unset):
        preview (bool | None | Unset):
        display_size (float | None | str | Unset):
        fraq_int (float | None | str | Unset):
        cash_ccy (None | str | Unset):
        cash_qty_incr (float | None | str | Unset):
        price_magnifier (float | None | str | Unset):
        negative_capable (bool | None | Unset):
        increment_type (float | None | str | Unset):
        increment_rules (list[ContractRulesIncrementRulesType0Item] | None | Unset):
        has_secondary (bool | None | Unset):
        mod_types (list[str] | None | Unset):
        increment (float | None | str | Unset):
        increment_digits (float | None | str | Unset):
    """

    algo_eligible: bool | None | Unset = UNSET
    all_or_none_eligible: bool | None | Unset = UNSET
    overnight_eligible: bool | None | Unset = UNSET
    cost_report: bool | None | Unset = UNSET
    can_trade_acct_ids: list[str] | None | Unset = UNSET
    error: None | str | Unset = UNSET
    order_types: list[str] | None | Unset = UNSET
    ib_algo_types: list[str] | None | Unset = UNSET
    fraq_types: list[str] | None | Unset = UNSET
    force_order_preview: bool | None | Unset = UNSET
    cqt_types: list[str] | None | Unset = UNSET
    order_defaults: ContractRulesOrderDefaultsType0 | None | Unset = UNSET
    order_types_outside: list[str] | None | Unset = UNSET
    default_size: float | None | str | Unset = UNSET
    cash_size: float | None | str | Unset = UNSET
    size_increment: float | None | str | Unset = UNSET
    tif_types: list[str] | None | Unset = UNSET
    tif_defaults: ContractRulesTifDefaultsType0 | None | Unset = UNSET
    limit_price: float | None | str | Unset = UNSET
    stopprice: float | None | str | Unset = UNSET
    order_origination: None | str | Unset = UNSET
    preview: bool | None | Unset = UNSET
    display_size: float | None | str | Unset = UNSET
    fraq_int: float | None | str | Unset = UNSET
    cash_ccy: None | str | Unset = UNSET
    cash_qty_incr: float | None | str | Unset = UNSET
    price_magnifier: float | None | str | Unset = UNSET
    negative_capable: bool | None | Unset = UNSET
    increment_type: float | None | str | Unset = UNSET
    increment_rules: list[ContractRulesIncrementRulesType0Item] | None | Unset = UNSET
    has_secondary: bool | None | Unset = UNSET
    mod_types: list[str] | None | Unset = UNSET
    increment: float | None | str | Unset = UNSET
    increment_digits: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contract_rules_order_defaults_type_0 import ContractRulesOrderDefaultsType0  # noqa: PLC0415
        from ..models.contract_rules_tif_defaults_type_0 import ContractRulesTifDefaultsType0  # noqa: PLC0415

        algo_eligible: bool | None | Unset
        if isinstance(self.algo_eligible, Unset):
            algo_eligible = UNSET
        else:
            algo_eligible = self.algo_eligible

        all_or_none_eligible: bool | None | Unset
        if isinstance(self.all_or_none_eligible, Unset):
            all_or_none_eligible = UNSET
        else:
            all_or_none_eligible = self.all_or_none_eligible

        overnight_eligible: bool | None | Unset
        if isinstance(self.overnight_eligible, Unset):
            overnight_eligible = UNSET
        else:
            overnight_eligible = self.overnight_eligible

        cost_report: bool | None | Unset
        if isinstance(self.cost_report, Unset):
            cost_report = UNSET
        else:
            cost_report = self.cost_report

        can_trade_acct_ids: list[str] | None | Unset
        if isinstance(self.can_trade_acct_ids, Unset):
            can_trade_acct_ids = UNSET
        elif isinstance(self.can_trade_acct_ids, list):
            can_trade_acct_ids = self.can_trade_acct_ids

        else:
            can_trade_acct_ids = self.can_trade_acct_ids

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        order_types: list[str] | None | Unset
        if isinstance(self.order_types, Unset):
            order_types = UNSET
        elif isinstance(self.order_types, list):
            order_types = self.order_types

        else:
            order_types = self.order_types

        ib_algo_types: list[str] | None | Unset
        if isinstance(self.ib_algo_types, Unset):
            ib_algo_types = UNSET
        elif isinstance(self.ib_algo_types, list):
            ib_algo_types = self.ib_algo_types

        else:
            ib_algo_types = self.ib_algo_types

        fraq_types: list[str] | None | Unset
        if isinstance(self.fraq_types, Unset):
            fraq_types = UNSET
        elif isinstance(self.fraq_types, list):
            fraq_types = self.fraq_types

        else:
            fraq_types = self.fraq_types

        force_order_preview: bool | None | Unset
        if isinstance(self.force_order_preview, Unset):
            force_order_preview = UNSET
        else:
            force_order_preview = self.force_order_preview

        cqt_types: list[str] | None | Unset
        if isinstance(self.cqt_types, Unset):
            cqt_types = UNSET
        elif isinstance(self.cqt_types, list):
            cqt_types = self.cqt_types

        else:
            cqt_types = self.cqt_types

        order_defaults: dict[str, Any] | None | Unset
        if isinstance(self.order_defaults, Unset):
            order_defaults = UNSET
        elif isinstance(self.order_defaults, ContractRulesOrderDefaultsType0):
            order_defaults = self.order_defaults.to_dict()
        else:
            order_defaults = self.order_defaults

        order_types_outside: list[str] | None | Unset
        if isinstance(self.order_types_outside, Unset):
            order_types_outside = UNSET
        elif isinstance(self.order_types_outside, list):
            order_types_outside = self.order_types_outside

        else:
            order_types_outside = self.order_types_outside

        default_size: float | None | str | Unset
        if isinstance(self.default_size, Unset):
            default_size = UNSET
        else:
            default_size = self.default_size

        cash_size: float | None | str | Unset
        if isinstance(self.cash_size, Unset):
            cash_size = UNSET
        else:
            cash_size = self.cash_size

        size_increment: float | None | str | Unset
        if isinstance(self.size_increment, Unset):
            size_increment = UNSET
        else:
            size_increment = self.size_increment

        tif_types: list[str] | None | Unset
        if isinstance(self.tif_types, Unset):
            tif_types = UNSET
        elif isinstance(self.tif_types, list):
            tif_types = self.tif_types

        else:
            tif_types = self.tif_types

        tif_defaults: dict[str, Any] | None | Unset
        if isinstance(self.tif_defaults, Unset):
            tif_defaults = UNSET
        elif isinstance(self.tif_defaults, ContractRulesTifDefaultsType0):
            tif_defaults = self.tif_defaults.to_dict()
        else:
            tif_defaults = self.tif_defaults

        limit_price: float | None | str | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = self.limit_price

        stopprice: float | None | str | Unset
        if isinstance(self.stopprice, Unset):
            stopprice = UNSET
        else:
            stopprice = self.stopprice

        order_origination: None | str | Unset
        if isinstance(self.order_origination, Unset):
            order_origination = UNSET
        else:
            order_origination = self.order_origination

        preview: bool | None | Unset
        if isinstance(self.preview, Unset):
            preview = UNSET
        else:
            preview = self.preview

        display_size: float | None | str | Unset
        if isinstance(self.display_size, Unset):
            display_size = UNSET
        else:
            display_size = self.display_size

        fraq_int: float | None | str | Unset
        if isinstance(self.fraq_int, Unset):
            fraq_int = UNSET
        else:
            fraq_int = self.fraq_int

        cash_ccy: None | str | Unset
        if isinstance(self.cash_ccy, Unset):
            cash_ccy = UNSET
        else:
            cash_ccy = self.cash_ccy

        cash_qty_incr: float | None | str | Unset
        if isinstance(self.cash_qty_incr, Unset):
            cash_qty_incr = UNSET
        else:
            cash_qty_incr = self.cash_qty_incr

        price_magnifier: float | None | str | Unset
        if isinstance(self.price_magnifier, Unset):
            price_magnifier = UNSET
        else:
            price_magnifier = self.price_magnifier

        negative_capable: bool | None | Unset
        if isinstance(self.negative_capable, Unset):
            negative_capable = UNSET
        else:
            negative_capable = self.negative_capable

        increment_type: float | None | str | Unset
        if isinstance(self.increment_type, Unset):
            increment_type = UNSET
        else:
            increment_type = self.increment_type

        increment_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.increment_rules, Unset):
            increment_rules = UNSET
        elif isinstance(self.increment_rules, list):
            increment_rules = []
            for increment_rules_type_0_item_data in self.increment_rules:
                increment_rules_type_0_item = increment_rules_type_0_item_data.to_dict()
                increment_rules.append(increment_rules_type_0_item)

        else:
            increment_rules = self.increment_rules

        has_secondary: bool | None | Unset
        if isinstance(self.has_secondary, Unset):
            has_secondary = UNSET
        else:
            has_secondary = self.has_secondary

        mod_types: list[str] | None | Unset
        if isinstance(self.mod_types, Unset):
            mod_types = UNSET
        elif isinstance(self.mod_types, list):
            mod_types = self.mod_types

        else:
            mod_types = self.mod_types

        increment: float | None | str | Unset
        if isinstance(self.increment, Unset):
            increment = UNSET
        else:
            increment = self.increment

        increment_digits: float | None | str | Unset
        if isinstance(self.increment_digits, Unset):
            increment_digits = UNSET
        else:
            increment_digits = self.increment_digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algo_eligible is not UNSET:
            field_dict["algoEligible"] = algo_eligible
        if all_or_none_eligible is not UNSET:
            field_dict["allOrNoneEligible"] = all_or_none_eligible
        if overnight_eligible is not UNSET:
            field_dict["overnightEligible"] = overnight_eligible
        if cost_report is not UNSET:
            field_dict["costReport"] = cost_report
        if can_trade_acct_ids is not UNSET:
            field_dict["canTradeAcctIds"] = can_trade_acct_ids
        if error is not UNSET:
            field_dict["error"] = error
        if order_types is not UNSET:
            field_dict["orderTypes"] = order_types
        if ib_algo_types is not UNSET:
            field_dict["ibAlgoTypes"] = ib_algo_types
        if fraq_types is not UNSET:
            field_dict["fraqTypes"] = fraq_types
        if force_order_preview is not UNSET:
            field_dict["forceOrderPreview"] = force_order_preview
        if cqt_types is not UNSET:
            field_dict["cqtTypes"] = cqt_types
        if order_defaults is not UNSET:
            field_dict["orderDefaults"] = order_defaults
        if order_types_outside is not UNSET:
            field_dict["orderTypesOutside"] = order_types_outside
        if default_size is not UNSET:
            field_dict["defaultSize"] = default_size
        if cash_size is not UNSET:
            field_dict["cashSize"] = cash_size
        if size_increment is not UNSET:
            field_dict["sizeIncrement"] = size_increment
        if tif_types is not UNSET:
            field_dict["tifTypes"] = tif_types
        if tif_defaults is not UNSET:
            field_dict["tifDefaults"] = tif_defaults
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if stopprice is not UNSET:
            field_dict["stopprice"] = stopprice
        if order_origination is not UNSET:
            field_dict["orderOrigination"] = order_origination
        if preview is not UNSET:
            field_dict["preview"] = preview
        if display_size is not UNSET:
            field_dict["displaySize"] = display_size
        if fraq_int is not UNSET:
            field_dict["fraqInt"] = fraq_int
        if cash_ccy is not UNSET:
            field_dict["cashCcy"] = cash_ccy
        if cash_qty_incr is not UNSET:
            field_dict["cashQtyIncr"] = cash_qty_incr
        if price_magnifier is not UNSET:
            field_dict["priceMagnifier"] = price_magnifier
        if negative_capable is not UNSET:
            field_dict["negativeCapable"] = negative_capable
        if increment_type is not UNSET:
            field_dict["incrementType"] = increment_type
        if increment_rules is not UNSET:
            field_dict["incrementRules"] = increment_rules
        if has_secondary is not UNSET:
            field_dict["hasSecondary"] = has_secondary
        if mod_types is not UNSET:
            field_dict["modTypes"] = mod_types
        if increment is not UNSET:
            field_dict["increment"] = increment
        if increment_digits is not UNSET:
            field_dict["incrementDigits"] = increment_digits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_rules_increment_rules_type_0_item import ContractRulesIncrementRulesType0Item  # noqa: PLC0415
        from ..models.contract_rules_order_defaults_type_0 import ContractRulesOrderDefaultsType0  # noqa: PLC0415
        from ..models.contract_rules_tif_defaults_type_0 import ContractRulesTifDefaultsType0  # noqa: PLC0415

        d = dict(src_dict)
        algo_eligible: bool | None | Unset = d.pop("algoEligible", UNSET)

        all_or_none_eligible: bool | None | Unset = d.pop("allOrNoneEligible", UNSET)

        overnight_eligible: bool | None | Unset = d.pop("overnightEligible", UNSET)

        cost_report: bool | None | Unset = d.pop("costReport", UNSET)

        def _parse_can_trade_acct_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                can_trade_acct_ids_type_0 = cast(list[str], data)

                return can_trade_acct_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        can_trade_acct_ids = _parse_can_trade_acct_ids(d.pop("canTradeAcctIds", UNSET))

        error: None | str | Unset = d.pop("error", UNSET)

        def _parse_order_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_types_type_0 = cast(list[str], data)

                return order_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        order_types = _parse_order_types(d.pop("orderTypes", UNSET))

        def _parse_ib_algo_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ib_algo_types_type_0 = cast(list[str], data)

                return ib_algo_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ib_algo_types = _parse_ib_algo_types(d.pop("ibAlgoTypes", UNSET))

        def _parse_fraq_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fraq_types_type_0 = cast(list[str], data)

                return fraq_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        fraq_types = _parse_fraq_types(d.pop("fraqTypes", UNSET))

        force_order_preview: bool | None | Unset = d.pop("forceOrderPreview", UNSET)

        def _parse_cqt_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cqt_types_type_0 = cast(list[str], data)

                return cqt_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cqt_types = _parse_cqt_types(d.pop("cqtTypes", UNSET))

        def _parse_order_defaults(data: object) -> ContractRulesOrderDefaultsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_defaults_type_0 = ContractRulesOrderDefaultsType0.from_dict(data)

                return order_defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractRulesOrderDefaultsType0 | None | Unset, data)

        order_defaults = _parse_order_defaults(d.pop("orderDefaults", UNSET))

        def _parse_order_types_outside(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_types_outside_type_0 = cast(list[str], data)

                return order_types_outside_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        order_types_outside = _parse_order_types_outside(d.pop("orderTypesOutside", UNSET))

        default_size: float | None | str | Unset = d.pop("defaultSize", UNSET)

        cash_size: float | None | str | Unset = d.pop("cashSize", UNSET)

        size_increment: float | None | str | Unset = d.pop("sizeIncrement", UNSET)

        def _parse_tif_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tif_types_type_0 = cast(list[str], data)

                return tif_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tif_types = _parse_tif_types(d.pop("tifTypes", UNSET))

        def _parse_tif_defaults(data: object) -> ContractRulesTifDefaultsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tif_defaults_type_0 = ContractRulesTifDefaultsType0.from_dict(data)

                return tif_defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractRulesTifDefaultsType0 | None | Unset, data)

        tif_defaults = _parse_tif_defaults(d.pop("tifDefaults", UNSET))

        limit_price: float | None | str | Unset = d.pop("limitPrice", UNSET)

        stopprice: float | None | str | Unset = d.pop("stopprice", UNSET)

        order_origination: None | str | Unset = d.pop("orderOrigination", UNSET)

        preview: bool | None | Unset = d.pop("preview", UNSET)

        display_size: float | None | str | Unset = d.pop("displaySize", UNSET)

        fraq_int: float | None | str | Unset = d.pop("fraqInt", UNSET)

        cash_ccy: None | str | Unset = d.pop("cashCcy", UNSET)

        cash_qty_incr: float | None | str | Unset = d.pop("cashQtyIncr", UNSET)

        price_magnifier: float | None | str | Unset = d.pop("priceMagnifier", UNSET)

        negative_capable: bool | None | Unset = d.pop("negativeCapable", UNSET)

        increment_type: float | None | str | Unset = d.pop("incrementType", UNSET)

        def _parse_increment_rules(data: object) -> list[ContractRulesIncrementRulesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                increment_rules_type_0 = []
                _increment_rules_type_0 = data
                for increment_rules_type_0_item_data in _increment_rules_type_0:
                    increment_rules_type_0_item = ContractRulesIncrementRulesType0Item.from_dict(
                        increment_rules_type_0_item_data
                    )

                    increment_rules_type_0.append(increment_rules_type_0_item)

                return increment_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContractRulesIncrementRulesType0Item] | None | Unset, data)

        increment_rules = _parse_increment_rules(d.pop("incrementRules", UNSET))

        has_secondary: bool | None | Unset = d.pop("hasSecondary", UNSET)

        def _parse_mod_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mod_types_type_0 = cast(list[str], data)

                return mod_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        mod_types = _parse_mod_types(d.pop("modTypes", UNSET))

        increment: float | None | str | Unset = d.pop("increment", UNSET)

        increment_digits: float | None | str | Unset = d.pop("incrementDigits", UNSET)

        contract_rules = cls(
            algo_eligible=algo_eligible,
            all_or_none_eligible=all_or_none_eligible,
            overnight_eligible=overnight_eligible,
            cost_report=cost_report,
            can_trade_acct_ids=can_trade_acct_ids,
            error=error,
            order_types=order_types,
            ib_algo_types=ib_algo_types,
            fraq_types=fraq_types,
            force_order_preview=force_order_preview,
            cqt_types=cqt_types,
            order_defaults=order_defaults,
            order_types_outside=order_types_outside,
            default_size=default_size,
            cash_size=cash_size,
            size_increment=size_increment,
            tif_types=tif_types,
            tif_defaults=tif_defaults,
            limit_price=limit_price,
            stopprice=stopprice,
            order_origination=order_origination,
            preview=preview,
            display_size=display_size,
            fraq_int=fraq_int,
            cash_ccy=cash_ccy,
            cash_qty_incr=cash_qty_incr,
            price_magnifier=price_magnifier,
            negative_capable=negative_capable,
            increment_type=increment_type,
            increment_rules=increment_rules,
            has_secondary=has_secondary,
            mod_types=mod_types,
            increment=increment,
            increment_digits=increment_digits,
        )

        contract_rules.additional_properties = d
        return contract_rules

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

# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_performance_cps_type_0 import PaPerformanceCpsType0
    from ..models.pa_performance_nav_type_0 import PaPerformanceNavType0
    from ..models.pa_performance_tpps_type_0 import PaPerformanceTppsType0


T = TypeVar("T", bound="PaPerformance")


@_attrs_define
class PaPerformance:
    """Time-weighted returns, NAV and cumulative series per account.

    Attributes:
        currency_type (None | str | Unset):
        pm (None | str | Unset):
        nd (int | None | str | Unset):
        id (None | str | Unset):
        included (list[str] | None | Unset):
        view (list[str] | None | Unset):
        cps (None | PaPerformanceCpsType0 | Unset):
        tpps (None | PaPerformanceTppsType0 | Unset):
        nav (None | PaPerformanceNavType0 | Unset):
    """

    currency_type: None | str | Unset = UNSET
    pm: None | str | Unset = UNSET
    nd: int | None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    included: list[str] | None | Unset = UNSET
    view: list[str] | None | Unset = UNSET
    cps: None | PaPerformanceCpsType0 | Unset = UNSET
    tpps: None | PaPerformanceTppsType0 | Unset = UNSET
    nav: None | PaPerformanceNavType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pa_performance_cps_type_0 import PaPerformanceCpsType0  # noqa: PLC0415
        from ..models.pa_performance_nav_type_0 import PaPerformanceNavType0  # noqa: PLC0415
        from ..models.pa_performance_tpps_type_0 import PaPerformanceTppsType0  # noqa: PLC0415

        currency_type: None | str | Unset
        if isinstance(self.currency_type, Unset):
            currency_type = UNSET
        else:
            currency_type = self.currency_type

        pm: None | str | Unset
        if isinstance(self.pm, Unset):
            pm = UNSET
        else:
            pm = self.pm

        nd: int | None | str | Unset
        if isinstance(self.nd, Unset):
            nd = UNSET
        else:
            nd = self.nd

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        included: list[str] | None | Unset
        if isinstance(self.included, Unset):
            included = UNSET
        elif isinstance(self.included, list):
            included = self.included

        else:
            included = self.included

        view: list[str] | None | Unset
        if isinstance(self.view, Unset):
            view = UNSET
        elif isinstance(self.view, list):
            view = self.view

        else:
            view = self.view

        cps: dict[str, Any] | None | Unset
        if isinstance(self.cps, Unset):
            cps = UNSET
        elif isinstance(self.cps, PaPerformanceCpsType0):
            cps = self.cps.to_dict()
        else:
            cps = self.cps

        tpps: dict[str, Any] | None | Unset
        if isinstance(self.tpps, Unset):
            tpps = UNSET
        elif isinstance(self.tpps, PaPerformanceTppsType0):
            tpps = self.tpps.to_dict()
        else:
            tpps = self.tpps

        nav: dict[str, Any] | None | Unset
        if isinstance(self.nav, Unset):
            nav = UNSET
        elif isinstance(self.nav, PaPerformanceNavType0):
            nav = self.nav.to_dict()
        else:
            nav = self.nav

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_type is not UNSET:
            field_dict["currencyType"] = currency_type
        if pm is not UNSET:
            field_dict["pm"] = pm
        if nd is not UNSET:
            field_dict["nd"] = nd
        if id is not UNSET:
            field_dict["id"] = id
        if included is not UNSET:
            field_dict["included"] = included
        if view is not UNSET:
            field_dict["view"] = view
        if cps is not UNSET:
            field_dict["cps"] = cps
        if tpps is not UNSET:
            field_dict["tpps"] = tpps
        if nav is not UNSET:
            field_dict["nav"] = nav

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_performance_cps_type_0 import PaPerformanceCpsType0  # noqa: PLC0415
        from ..models.pa_performance_nav_type_0 import PaPerformanceNavType0  # noqa: PLC0415
        from ..models.pa_performance_tpps_type_0 import PaPerformanceTppsType0  # noqa: PLC0415

        d = dict(src_dict)
        currency_type: None | str | Unset = d.pop("currencyType", UNSET)

        pm: None | str | Unset = d.pop("pm", UNSET)

        nd: int | None | str | Unset = d.pop("nd", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        def _parse_included(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_type_0 = cast(list[str], data)

                return included_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        included = _parse_included(d.pop("included", UNSET))

        def _parse_view(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                view_type_0 = cast(list[str], data)

                return view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        view = _parse_view(d.pop("view", UNSET))

        def _parse_cps(data: object) -> None | PaPerformanceCpsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cps_type_0 = PaPerformanceCpsType0.from_dict(data)

                return cps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaPerformanceCpsType0 | Unset, data)

        cps = _parse_cps(d.pop("cps", UNSET))

        def _parse_tpps(data: object) -> None | PaPerformanceTppsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tpps_type_0 = PaPerformanceTppsType0.from_dict(data)

                return tpps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaPerformanceTppsType0 | Unset, data)

        tpps = _parse_tpps(d.pop("tpps", UNSET))

        def _parse_nav(data: object) -> None | PaPerformanceNavType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nav_type_0 = PaPerformanceNavType0.from_dict(data)

                return nav_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaPerformanceNavType0 | Unset, data)

        nav = _parse_nav(d.pop("nav", UNSET))

        pa_performance = cls(
            currency_type=currency_type,
            pm=pm,
            nd=nd,
            id=id,
            included=included,
            view=view,
            cps=cps,
            tpps=tpps,
            nav=nav,
        )

        pa_performance.additional_properties = d
        return pa_performance

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

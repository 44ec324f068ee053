# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secdef_search_result_issuers_type_0_item import SecdefSearchResultIssuersType0Item
    from ..models.secdef_section import SecdefSection


T = TypeVar("T", bound="SecdefSearchResult")


@_attrs_define
class SecdefSearchResult:
    """
    Attributes:
        conid (int | None | str | Unset):
        company_header (None | str | Unset):
        company_name (None | str | Unset):
        symbol (None | str | Unset):
        description (None | str | Unset):
        restricted (Any | Unset):
        fop (None | str | Unset):
        opt (None | str | Unset):
        war (None | str | Unset):
        bondid (int | None | str | Unset):
        issuers (list[SecdefSearchResultIssuersType0Item] | None | Unset):
        sections (list[SecdefSection] | None | Unset):
    """

    conid: int | None | str | Unset = UNSET
    company_header: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    restricted: Any | Unset = UNSET
    fop: None | str | Unset = UNSET
    opt: None | str | Unset = UNSET
    war: None | str | Unset = UNSET
    bondid: int | None | str | Unset = UNSET
    issuers: list[SecdefSearchResultIssuersType0Item] | None | Unset = UNSET
    sections: list[SecdefSection] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        company_header: None | str | Unset
        if isinstance(self.company_header, Unset):
            company_header = UNSET
        else:
            company_header = self.company_header

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        restricted = self.restricted

        fop: None | str | Unset
        if isinstance(self.fop, Unset):
            fop = UNSET
        else:
            fop = self.fop

        opt: None | str | Unset
        if isinstance(self.opt, Unset):
            opt = UNSET
        else:
            opt = self.opt

        war: None | str | Unset
        if isinstance(self.war, Unset):
            war = UNSET
        else:
            war = self.war

        bondid: int | None | str | Unset
        if isinstance(self.bondid, Unset):
            bondid = UNSET
        else:
            bondid = self.bondid

        issuers: list[dict[str, Any]] | None | Unset
        if isinstance(self.issuers, Unset):
            issuers = UNSET
        elif isinstance(self.issuers, list):
            issuers = []
            for issuers_type_0_item_data in self.issuers:
                issuers_type_0_item = issuers_type_0_item_data.to_dict()
                issuers.append(issuers_type_0_item)

        else:
            issuers = self.issuers

        sections: list[dict[str, Any]] | None | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        elif isinstance(self.sections, list):
            sections = []
            for sections_type_0_item_data in self.sections:
                sections_type_0_item = sections_type_0_item_data.to_dict()
                sections.append(sections_type_0_item)

        else:
            sections = self.sections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if company_header is not UNSET:
            field_dict["companyHeader"] = company_header
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if description is not UNSET:
            field_dict["description"] = description
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if fop is not UNSET:
            field_dict["fop"] = fop
        if opt is not UNSET:
            field_dict["opt"] = opt
        if war is not UNSET:
            field_dict["war"] = war
        if bondid is not UNSET:
            field_dict["bondid"] = bondid
        if issuers is not UNSET:
            field_dict["issuers"] = issuers
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secdef_search_result_issuers_type_0_item import SecdefSearchResultIssuersType0Item  # noqa: PLC0415
        from ..models.secdef_section import SecdefSection  # noqa: PLC0415

        d = dict(src_dict)
        conid: int | None | str | Unset = d.pop("conid", UNSET)

        company_header: None | str | Unset = d.pop("companyHeader", UNSET)

        company_name: None | str | Unset = d.pop("companyName", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        restricted = d.pop("restricted", UNSET)

        fop: None | str | Unset = d.pop("fop", UNSET)

        opt: None | str | Unset = d.pop("opt", UNSET)

        war: None | str | Unset = d.pop("war", UNSET)

        bondid: int | None | str | Unset = d.pop("bondid", UNSET)

        def _parse_issuers(data: object) -> list[SecdefSearchResultIssuersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                issuers_type_0 = []
                _issuers_type_0 = data
                for issuers_type_0_item_data in _issuers_type_0:
                    issuers_type_0_item = SecdefSearchResultIssuersType0Item.from_dict(issuers_type_0_item_data)

                    issuers_type_0.append(issuers_type_0_item)

                return issuers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecdefSearchResultIssuersType0Item] | None | Unset, data)

        issuers = _parse_issuers(d.pop("issuers", UNSET))

        def _parse_sections(data: object) -> list[SecdefSection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sections_type_0 = []
                _sections_type_0 = data
                for sections_type_0_item_data in _sections_type_0:
                    sections_type_0_item = SecdefSection.from_dict(sections_type_0_item_data)

                    sections_type_0.append(sections_type_0_item)

                return sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecdefSection] | None | Unset, data)

        sections = _parse_sections(d.pop("sections", UNSET))

        secdef_search_result = cls(
            conid=conid,
            company_header=company_header,
            company_name=company_name,
            symbol=symbol,
            description=description,
            restricted=restricted,
            fop=fop,
            opt=opt,
            war=war,
            bondid=bondid,
            issuers=issuers,
            sections=sections,
        )

        secdef_search_result.additional_properties = d
        return secdef_search_result

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

# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketDataSnapshot")


@_attrs_define
class MarketDataSnapshot:
    """Latest values for one contract, keyed by market-data field id. Values are usually strings; the first request for a
    conid only opens the stream and may carry no fields.

        Attributes:
            conid (int | None | str | Unset): Contract id.
            conid_ex (None | str | Unset): Contract id with routing suffix.
            field_updated (int | None | Unset): Last update, epoch ms.
            server_id (None | str | Unset):
            field_31 (float | None | str | Unset): Last price; may carry a C (prior close) or H (halted) prefix.
            field_55 (float | None | str | Unset): Symbol.
            field_58 (float | None | str | Unset): Text.
            field_70 (float | None | str | Unset): Day high.
            field_71 (float | None | str | Unset): Day low.
            field_73 (float | None | str | Unset): Position market value.
            field_74 (float | None | str | Unset): Average price.
            field_75 (float | None | str | Unset): Unrealized PnL.
            field_76 (float | None | str | Unset): Formatted position.
            field_77 (float | None | str | Unset): Formatted unrealized PnL.
            field_78 (float | None | str | Unset): Daily PnL.
            field_82 (float | None | str | Unset): Change since prior close.
            field_83 (float | None | str | Unset): Change percent.
            field_84 (float | None | str | Unset): Bid.
            field_85 (float | None | str | Unset): Ask size.
            field_86 (float | None | str | Unset): Ask.
            field_87 (float | None | str | Unset): Volume, formatted (e.g. 1.2K).
            field_88 (float | None | str | Unset): Bid size.
            field_6008 (float | None | str | Unset): Conid.
            field_6070 (float | None | str | Unset): Security type.
            field_6119 (float | None | str | Unset): Market-data request server id.
            field_6457 (float | None | str | Unset): Underlying conid.
            field_6508 (float | None | str | Unset): Service parameters.
            field_6509 (float | None | str | Unset): Market-data availability code (R/D/Z/Y/N, then P/p, then B).
            field_7051 (float | None | str | Unset): Company name.
            field_7059 (float | None | str | Unset): Last size.
            field_7219 (float | None | str | Unset): Contract description.
            field_7220 (float | None | str | Unset): Contract description 2.
            field_7221 (float | None | str | Unset): Listing exchange.
            field_7282 (float | None | str | Unset): Average volume (90 days).
            field_7283 (float | None | str | Unset): Option implied volatility %.
            field_7284 (float | None | str | Unset): Historical volatility % (30 days).
            field_7285 (float | None | str | Unset): Put/call ratio.
            field_7286 (float | None | str | Unset): Dividend amount.
            field_7287 (float | None | str | Unset): Dividend yield %.
            field_7289 (float | None | str | Unset): Market cap.
            field_7290 (float | None | str | Unset): P/E.
            field_7291 (float | None | str | Unset): EPS.
            field_7293 (float | None | str | Unset): 52-week high.
            field_7294 (float | None | str | Unset): 52-week low.
            field_7295 (float | None | str | Unset): Open.
            field_7296 (float | None | str | Unset): Prior close.
            field_7308 (float | None | str | Unset): Delta.
            field_7309 (float | None | str | Unset): Gamma.
            field_7310 (float | None | str | Unset): Theta.
            field_7311 (float | None | str | Unset): Vega.
            field_7633 (float | None | str | Unset): Implied volatility % (option).
            field_7762 (float | None | str | Unset): Volume, unformatted.
    """

    conid: int | None | str | Unset = UNSET
    conid_ex: None | str | Unset = UNSET
    field_updated: int | None | Unset = UNSET
    server_id: None | str | Unset = UNSET
    field_31: float | None | str | Unset = UNSET
    field_55: float | None | str | Unset = UNSET
    field_58: float | None | str | Unset = UNSET
    field_70: float | None | str | Unset = UNSET
    field_71: float | None | str | Unset = UNSET
    field_73: float | None | str | Unset = UNSET
    field_74: float | None | str | Unset = UNSET
    field_75: float | None | str | Unset = UNSET
    field_76: float | None | str | Unset = UNSET
    field_77: float | None | str | Unset = UNSET
    field_78: float | None | str | Unset = UNSET
    field_82: float | None | str | Unset = UNSET
    field_83: float | None | str | Unset = UNSET
    field_84: float | None | str | Unset = UNSET
    field_85: float | None | str | Unset = UNSET
    field_86: float | None | str | Unset = UNSET
    field_87: float | None | str | Unset = UNSET
    field_88: float | None | str | Unset = UNSET
    field_6008: float | None | str | Unset = UNSET
    field_6070: float | None | str | Unset = UNSET
    field_6119: float | None | str | Unset = UNSET
    field_6457: float | None | str | Unset = UNSET
    field_6508: float | None | str | Unset = UNSET
    field_6509: float | None | str | Unset = UNSET
    field_7051: float | None | str | Unset = UNSET
    field_7059: float | None | str | Unset = UNSET
    field_7219: float | None | str | Unset = UNSET
    field_7220: float | None | str | Unset = UNSET
    field_7221: float | None | str | Unset = UNSET
    field_7282: float | None | str | Unset = UNSET
    field_7283: float | None | str | Unset = UNSET
    field_7284: float | None | str | Unset = UNSET
    field_7285: float | None | str | Unset = UNSET
    field_7286: float | None | str | Unset = UNSET
    field_7287: float | None | str | Unset = UNSET
    field_7289: float | None | str | Unset = UNSET
    field_7290: float | None | str | Unset = UNSET
    field_7291: float | None | str | Unset = UNSET
    field_7293: float | None | str | Unset = UNSET
    field_7294: float | None | str | Unset = UNSET
    field_7295: float | None | str | Unset = UNSET
    field_7296: float | None | str | Unset = UNSET
    field_7308: float | None | str | Unset = UNSET
    field_7309: float | None | str | Unset = UNSET
    field_7310: float | None | str | Unset = UNSET
    field_7311: float | None | str | Unset = UNSET
    field_7633: float | None | str | Unset = UNSET
    field_7762: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        conid_ex: None | str | Unset
        if isinstance(self.conid_ex, Unset):
            conid_ex = UNSET
        else:
            conid_ex = self.conid_ex

        field_updated: int | None | Unset
        if isinstance(self.field_updated, Unset):
            field_updated = UNSET
        else:
            field_updated = self.field_updated

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        field_31: float | None | str | Unset
        if isinstance(self.field_31, Unset):
            field_31 = UNSET
        else:
            field_31 = self.field_31

        field_55: float | None | str | Unset
        if isinstance(self.field_55, Unset):
            field_55 = UNSET
        else:
            field_55 = self.field_55

        field_58: float | None | str | Unset
        if isinstance(self.field_58, Unset):
            field_58 = UNSET
        else:
            field_58 = self.field_58

        field_70: float | None | str | Unset
        if isinstance(self.field_70, Unset):
            field_70 = UNSET
        else:
            field_70 = self.field_70

        field_71: float | None | str | Unset
        if isinstance(self.field_71, Unset):
            field_71 = UNSET
        else:
            field_71 = self.field_71

        field_73: float | None | str | Unset
        if isinstance(self.field_73, Unset):
            field_73 = UNSET
        else:
            field_73 = self.field_73

        field_74: float | None | str | Unset
        if isinstance(self.field_74, Unset):
            field_74 = UNSET
        else:
            field_74 = self.field_74

        field_75: float | None | str | Unset
        if isinstance(self.field_75, Unset):
            field_75 = UNSET
        else:
            field_75 = self.field_75

        field_76: float | None | str | Unset
        if isinstance(self.field_76, Unset):
            field_76 = UNSET
        else:
            field_76 = self.field_76

        field_77: float | None | str | Unset
        if isinstance(self.field_77, Unset):
            field_77 = UNSET
        else:
            field_77 = self.field_77

        field_78: float | None | str | Unset
        if isinstance(self.field_78, Unset):
            field_78 = UNSET
        else:
            field_78 = self.field_78

        field_82: float | None | str | Unset
        if isinstance(self.field_82, Unset):
            field_82 = UNSET
        else:
            field_82 = self.field_82

        field_83: float | None | str | Unset
        if isinstance(self.field_83, Unset):
            field_83 = UNSET
        else:
            field_83 = self.field_83

        field_84: float | None | str | Unset
        if isinstance(self.field_84, Unset):
            field_84 = UNSET
        else:
            field_84 = self.field_84

        field_85: float | None | str | Unset
        if isinstance(self.field_85, Unset):
            field_85 = UNSET
        else:
            field_85 = self.field_85

        field_86: float | None | str | Unset
        if isinstance(self.field_86, Unset):
            field_86 = UNSET
        else:
            field_86 = self.field_86

        field_87: float | None | str | Unset
        if isinstance(self.field_87, Unset):
            field_87 = UNSET
        else:
            field_87 = self.field_87

        field_88: float | None | str | Unset
        if isinstance(self.field_88, Unset):
            field_88 = UNSET
        else:
            field_88 = self.field_88

        field_6008: float | None | str | Unset
        if isinstance(self.field_6008, Unset):
            field_6008 = UNSET
        else:
            field_6008 = self.field_6008

        field_6070: float | None | str | Unset
        if isinstance(self.field_6070, Unset):
            field_6070 = UNSET
        else:
            field_6070 = self.field_6070

        field_6119: float | None | str | Unset
        if isinstance(self.field_6119, Unset):
            field_6119 = UNSET
        else:
            field_6119 = self.field_6119

        field_6457: float | None | str | Unset
        if isinstance(self.field_6457, Unset):
            field_6457 = UNSET
        else:
            field_6457 = self.field_6457

        field_6508: float | None | str | Unset
        if isinstance(self.field_6508, Unset):
            field_6508 = UNSET
        else:
            field_6508 = self.field_6508

        field_6509: float | None | str | Unset
        if isinstance(self.field_6509, Unset):
            field_6509 = UNSET
        else:
            field_6509 = self.field_6509

        field_7051: float | None | str | Unset
        if isinstance(self.field_7051, Unset):
            field_7051 = UNSET
        else:
            field_7051 = self.field_7051

        field_7059: float | None | str | Unset
        if isinstance(self.field_7059, Unset):
            field_7059 = UNSET
        else:
            field_7059 = self.field_7059

        field_7219: float | None | str | Unset
        if isinstance(self.field_7219, Unset):
            field_7219 = UNSET
        else:
            field_7219 = self.field_7219

        field_7220: float | None | str | Unset
        if isinstance(self.field_7220, Unset):
            field_7220 = UNSET
        else:
            field_7220 = self.field_7220

        field_7221: float | None | str | Unset
        if isinstance(self.field_7221, Unset):
            field_7221 = UNSET
        else:
            field_7221 = self.field_7221

        field_7282: float | None | str | Unset
        if isinstance(self.field_7282, Unset):
            field_7282 = UNSET
        else:
            field_7282 = self.field_7282

        field_7283: float | None | str | Unset
        if isinstance(self.field_7283, Unset):
            field_7283 = UNSET
        else:
            field_7283 = self.field_7283

        field_7284: float | None | str | Unset
        if isinstance(self.field_7284, Unset):
            field_7284 = UNSET
        else:
            field_7284 = self.field_7284

        field_7285: float | None | str | Unset
        if isinstance(self.field_7285, Unset):
            field_7285 = UNSET
        else:
            field_7285 = self.field_7285

        field_7286: float | None | str | Unset
        if isinstance(self.field_7286, Unset):
            field_7286 = UNSET
        else:
            field_7286 = self.field_7286

        field_7287: float | None | str | Unset
        if isinstance(self.field_7287, Unset):
            field_7287 = UNSET
        else:
            field_7287 = self.field_7287

        field_7289: float | None | str | Unset
        if isinstance(self.field_7289, Unset):
            field_7289 = UNSET
        else:
            field_7289 = self.field_7289

        field_7290: float | None | str | Unset
        if isinstance(self.field_7290, Unset):
            field_7290 = UNSET
        else:
            field_7290 = self.field_7290

        field_7291: float | None | str | Unset
        if isinstance(self.field_7291, Unset):
            field_7291 = UNSET
        else:
            field_7291 = self.field_7291

        field_7293: float | None | str | Unset
        if isinstance(self.field_7293, Unset):
            field_7293 = UNSET
        else:
            field_7293 = self.field_7293

        field_7294: float | None | str | Unset
        if isinstance(self.field_7294, Unset):
            field_7294 = UNSET
        else:
            field_7294 = self.field_7294

        field_7295: float | None | str | Unset
        if isinstance(self.field_7295, Unset):
            field_7295 = UNSET
        else:
            field_7295 = self.field_7295

        field_7296: float | None | str | Unset
        if isinstance(self.field_7296, Unset):
            field_7296 = UNSET
        else:
            field_7296 = self.field_7296

        field_7308: float | None | str | Unset
        if isinstance(self.field_7308, Unset):
            field_7308 = UNSET
        else:
            field_7308 = self.field_7308

        field_7309: float | None | str | Unset
        if isinstance(self.field_7309, Unset):
            field_7309 = UNSET
        else:
            field_7309 = self.field_7309

        field_7310: float | None | str | Unset
        if isinstance(self.field_7310, Unset):
            field_7310 = UNSET
        else:
            field_7310 = self.field_7310

        field_7311: float | None | str | Unset
        if isinstance(self.field_7311, Unset):
            field_7311 = UNSET
        else:
            field_7311 = self.field_7311

        field_7633: float | None | str | Unset
        if isinstance(self.field_7633, Unset):
            field_7633 = UNSET
        else:
            field_7633 = self.field_7633

        field_7762: float | None | str | Unset
        if isinstance(self.field_7762, Unset):
            field_7762 = UNSET
        else:
            field_7762 = self.field_7762

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if conid_ex is not UNSET:
            field_dict["conidEx"] = conid_ex
        if field_updated is not UNSET:
            field_dict["_updated"] = field_updated
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if field_31 is not UNSET:
            field_dict["31"] = field_31
        if field_55 is not UNSET:
            field_dict["55"] = field_55
        if field_58 is not UNSET:
            field_dict["58"] = field_58
        if field_70 is not UNSET:
            field_dict["70"] = field_70
        if field_71 is not UNSET:
            field_dict["71"] = field_71
        if field_73 is not UNSET:
            field_dict["73"] = field_73
        if field_74 is not UNSET:
            field_dict["74"] = field_74
        if field_75 is not UNSET:
            field_dict["75"] = field_75
        if field_76 is not UNSET:
            field_dict["76"] = field_76
        if field_77 is not UNSET:
            field_dict["77"] = field_77
        if field_78 is not UNSET:
            field_dict["78"] = field_78
        if field_82 is not UNSET:
            field_dict["82"] = field_82
        if field_83 is not UNSET:
            field_dict["83"] = field_83
        if field_84 is not UNSET:
            field_dict["84"] = field_84
        if field_85 is not UNSET:
            field_dict["85"] = field_85
        if field_86 is not UNSET:
            field_dict["86"] = field_86
        if field_87 is not UNSET:
            field_dict["87"] = field_87
        if field_88 is not UNSET:
            field_dict["88"] = field_88
        if field_6008 is not UNSET:
            field_dict["6008"] = field_6008
        if field_6070 is not UNSET:
            field_dict["6070"] = field_6070
        if field_6119 is not UNSET:
            field_dict["6119"] = field_6119
        if field_6457 is not UNSET:
            field_dict["6457"] = field_6457
        if field_6508 is not UNSET:
            field_dict["6508"] = field_6508
        if field_6509 is not UNSET:
            field_dict["6509"] = field_6509
        if field_7051 is not UNSET:
            field_dict["7051"] = field_7051
        if field_7059 is not UNSET:
            field_dict["7059"] = field_7059
        if field_7219 is not UNSET:
            field_dict["7219"] = field_7219
        if field_7220 is not UNSET:
            field_dict["7220"] = field_7220
        if field_7221 is not UNSET:
            field_dict["7221"] = field_7221
        if field_7282 is not UNSET:
            field_dict["7282"] = field_7282
        if field_7283 is not UNSET:
            field_dict["7283"] = field_7283
        if field_7284 is not UNSET:
            field_dict["7284"] = field_7284
        if field_7285 is not UNSET:
            field_dict["7285"] = field_7285
        if field_7286 is not UNSET:
            field_dict["7286"] = field_7286
        if field_7287 is not UNSET:
            field_dict["7287"] = field_7287
        if field_7289 is not UNSET:
            field_dict["7289"] = field_7289
        if field_7290 is not UNSET:
            field_dict["7290"] = field_7290
        if field_7291 is not UNSET:
            field_dict["7291"] = field_7291
        if field_7293 is not UNSET:
            field_dict["7293"] = field_7293
        if field_7294 is not UNSET:
            field_dict["7294"] = field_7294
        if field_7295 is not UNSET:
            field_dict["7295"] = field_7295
        if field_7296 is not UNSET:
            field_dict["7296"] = field_7296
        if field_7308 is not UNSET:
            field_dict["7308"] = field_7308
        if field_7309 is not UNSET:
            field_dict["7309"] = field_7309
        if field_7310 is not UNSET:
            field_dict["7310"] = field_7310
        if field_7311 is not UNSET:
            field_dict["7311"] = field_7311
        if field_7633 is not UNSET:
            field_dict["7633"] = field_7633
        if field_7762 is not UNSET:
            field_dict["7762"] = field_7762

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conid: int | None | str | Unset = d.pop("conid", UNSET)

        conid_ex: None | str | Unset = d.pop("conidEx", UNSET)

        field_updated: int | None | Unset = d.pop("_updated", UNSET)

        server_id: None | str | Unset = d.pop("server_id", UNSET)

        field_31: float | None | str | Unset = d.pop("31", UNSET)

        field_55: float | None | str | Unset = d.pop("55", UNSET)

        field_58: float | None | str | Unset = d.pop("58", UNSET)

        field_70: float | None | str | Unset = d.pop("70", UNSET)

        field_71: float | None | str | Unset = d.pop("71", UNSET)

        field_73: float | None | str | Unset = d.pop("73", UNSET)

        field_74: float | None | str | Unset = d.pop("74", UNSET)

        field_75: float | None | str | Unset = d.pop("75", UNSET)

        field_76: float | None | str | Unset = d.pop("76", UNSET)

        field_77: float | None | str | Unset = d.pop("77", UNSET)

        field_78: float | None | str | Unset = d.pop("78", UNSET)

        field_82: float | None | str | Unset = d.pop("82", UNSET)

        field_83: float | None | str | Unset = d.pop("83", UNSET)

        field_84: float | None | str | Unset = d.pop("84", UNSET)

        field_85: float | None | str | Unset = d.pop("85", UNSET)

        field_86: float | None | str | Unset = d.pop("86", UNSET)

        field_87: float | None | str | Unset = d.pop("87", UNSET)

        field_88: float | None | str | Unset = d.pop("88", UNSET)

        field_6008: float | None | str | Unset = d.pop("6008", UNSET)

        field_6070: float | None | str | Unset = d.pop("6070", UNSET)

        field_6119: float | None | str | Unset = d.pop("6119", UNSET)

        field_6457: float | None | str | Unset = d.pop("6457", UNSET)

        field_6508: float | None | str | Unset = d.pop("6508", UNSET)

        field_6509: float | None | str | Unset = d.pop("6509", UNSET)

        field_7051: float | None | str | Unset = d.pop("7051", UNSET)

        field_7059: float | None | str | Unset = d.pop("7059", UNSET)

        field_7219: float | None | str | Unset = d.pop("7219", UNSET)

        field_7220: float | None | str | Unset = d.pop("7220", UNSET)

        field_7221: float | None | str | Unset = d.pop("7221", UNSET)

        field_7282: float | None | str | Unset = d.pop("7282", UNSET)

        field_7283: float | None | str | Unset = d.pop("7283", UNSET)

        field_7284: float | None | str | Unset = d.pop("7284", UNSET)

        field_7285: float | None | str | Unset = d.pop("7285", UNSET)

        field_7286: float | None | str | Unset = d.pop("7286", UNSET)

        field_7287: float | None | str | Unset = d.pop("7287", UNSET)

        field_7289: float | None | str | Unset = d.pop("7289", UNSET)

        field_7290: float | None | str | Unset = d.pop("7290", UNSET)

        field_7291: float | None | str | Unset = d.pop("7291", UNSET)

        field_7293: float | None | str | Unset = d.pop("7293", UNSET)

        field_7294: float | None | str | Unset = d.pop("7294", UNSET)

        field_7295: float | None | str | Unset = d.pop("7295", UNSET)

        field_7296: float | None | str | Unset = d.pop("7296", UNSET)

        field_7308: float | None | str | Unset = d.pop("7308", UNSET)

        field_7309: float | None | str | Unset = d.pop("7309", UNSET)

        field_7310: float | None | str | Unset = d.pop("7310", UNSET)

        field_7311: float | None | str | Unset = d.pop("7311", UNSET)

        field_7633: float | None | str | Unset = d.pop("7633", UNSET)

        field_7762: float | None | str | Unset = d.pop("7762", UNSET)

        market_data_snapshot = cls(
            conid=conid,
            conid_ex=conid_ex,
            field_updated=field_updated,
            server_id=server_id,
            field_31=field_31,
            field_55=field_55,
            field_58=field_58,
            field_70=field_70,
            field_71=field_71,
            field_73=field_73,
            field_74=field_74,
            field_75=field_75,
            field_76=field_76,
            field_77=field_77,
            field_78=field_78,
            field_82=field_82,
            field_83=field_83,
            field_84=field_84,
            field_85=field_85,
            field_86=field_86,
            field_87=field_87,
            field_88=field_88,
            field_6008=field_6008,
            field_6070=field_6070,
            field_6119=field_6119,
            field_6457=field_6457,
            field_6508=field_6508,
            field_6509=field_6509,
            field_7051=field_7051,
            field_7059=field_7059,
            field_7219=field_7219,
            field_7220=field_7220,
            field_7221=field_7221,
            field_7282=field_7282,
            field_7283=field_7283,
            field_7284=field_7284,
            field_7285=field_7285,
            field_7286=field_7286,
            field_7287=field_7287,
            field_7289=field_7289,
            field_7290=field_7290,
            field_7291=field_7291,
            field_7293=field_7293,
            field_7294=field_7294,
            field_7295=field_7295,
            field_7296=field_7296,
            field_7308=field_7308,
            field_7309=field_7309,
            field_7310=field_7310,
            field_7311=field_7311,
            field_7633=field_7633,
            field_7762=field_7762,
        )

        market_data_snapshot.additional_properties = d
        return market_data_snapshot

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

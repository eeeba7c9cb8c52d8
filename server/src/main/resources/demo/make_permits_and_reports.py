#!/usr/bin/env python3
"""Builds the demo facilities, discharge permits and 2023 monthly report files (issue 11).

Run from this directory:  python3 make_permits_and_reports.py
Reads enterprises.csv, power_plants.csv, enterprise_activities.csv and the project's regions.csv; writes
emission_limits.csv, permit_assumptions.csv, facilities.csv, permits.csv and reports/2023/<entity>.csv.
Every random draw comes from random.Random(<entity>-<purpose>), so the output is the same on every run
(Python 3.7+). See README.md section 9 for what the numbers mean and which are assumptions (U).
"""
import calendar
import csv
import datetime as dt
import math
import os
import random
from decimal import ROUND_HALF_EVEN, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS = os.path.join(HERE, "../../../../../reference/src/main/resources/org/cocontrol/reference/classification/regions.csv")

# ---------------------------------------------------------------------------------------------- limits (data)
# id, applies to, pollutant, limit mg/m3 (standard dry flue gas at the standard's reference O2), document, clause, tag, note
LIMITS = [
    ("ultra_low_coal", "coal-fired generating unit >= 300 MW", "SO2", 35, "全面实施燃煤电厂超低排放和节能改造工作方案 (环电力〔2015〕164号)", "超低排放限值 (基准氧含量 6 %)", "U", "from memory, not read here"),
    ("ultra_low_coal", "coal-fired generating unit >= 300 MW", "NOX", 50, "全面实施燃煤电厂超低排放和节能改造工作方案 (环电力〔2015〕164号)", "超低排放限值 (基准氧含量 6 %)", "U", "from memory, not read here"),
    ("ultra_low_coal", "coal-fired generating unit >= 300 MW", "PM", 10, "全面实施燃煤电厂超低排放和节能改造工作方案 (环电力〔2015〕164号)", "超低排放限值 (基准氧含量 6 %)", "U", "from memory, not read here"),
    ("gb13223_coal", "coal-fired generating unit < 300 MW", "SO2", 100, "GB 13223-2011 火电厂大气污染物排放标准", "表1 燃煤锅炉 (新建)", "U", "from memory, not read here"),
    ("gb13223_coal", "coal-fired generating unit < 300 MW", "NOX", 100, "GB 13223-2011 火电厂大气污染物排放标准", "表1 燃煤锅炉", "U", "from memory, not read here"),
    ("gb13223_coal", "coal-fired generating unit < 300 MW", "PM", 30, "GB 13223-2011 火电厂大气污染物排放标准", "表1 燃煤锅炉", "U", "from memory, not read here"),
    ("gb13223_gas_turbine", "natural-gas turbine unit", "SO2", 35, "GB 13223-2011 火电厂大气污染物排放标准", "表1 以气体为燃料的燃气轮机组 (基准氧含量 15 %)", "U", "from memory, not read here"),
    ("gb13223_gas_turbine", "natural-gas turbine unit", "NOX", 50, "GB 13223-2011 火电厂大气污染物排放标准", "表1 燃气轮机组", "U", "from memory, not read here"),
    ("gb13223_gas_turbine", "natural-gas turbine unit", "PM", 5, "GB 13223-2011 火电厂大气污染物排放标准", "表1 燃气轮机组", "U", "from memory, not read here"),
    ("gb13271_coal", "coal or biomass boiler", "SO2", 300, "GB 13271-2014 锅炉大气污染物排放标准", "表2 燃煤锅炉 (基准氧含量 9 %)", "U", "from memory, not read here"),
    ("gb13271_coal", "coal or biomass boiler", "NOX", 300, "GB 13271-2014 锅炉大气污染物排放标准", "表2 燃煤锅炉", "U", "from memory, not read here"),
    ("gb13271_coal", "coal or biomass boiler", "PM", 50, "GB 13271-2014 锅炉大气污染物排放标准", "表2 燃煤锅炉", "U", "from memory, not read here"),
    ("gb13271_gas", "gas boiler", "SO2", 50, "GB 13271-2014 锅炉大气污染物排放标准", "表2 燃气锅炉 (基准氧含量 3.5 %)", "U", "from memory, not read here"),
    ("gb13271_gas", "gas boiler", "NOX", 200, "GB 13271-2014 锅炉大气污染物排放标准", "表2 燃气锅炉", "U", "from memory, not read here"),
    ("gb13271_gas", "gas boiler", "PM", 20, "GB 13271-2014 锅炉大气污染物排放标准", "表2 燃气锅炉", "U", "from memory, not read here"),
    ("gb4915_kiln", "cement kiln", "SO2", 200, "GB 4915-2013 水泥工业大气污染物排放标准", "表1 水泥窑 (基准氧含量 10 %)", "U", "from memory, not read here"),
    ("gb4915_kiln", "cement kiln", "NOX", 400, "GB 4915-2013 水泥工业大气污染物排放标准", "表1 水泥窑", "U", "from memory, not read here"),
    ("gb4915_kiln", "cement kiln", "PM", 30, "GB 4915-2013 水泥工业大气污染物排放标准", "表1 水泥窑", "U", "from memory, not read here"),
    ("gb4915_kiln_special", "cement kiln, special limits", "SO2", 100, "GB 4915-2013 水泥工业大气污染物排放标准", "表2 特别排放限值", "U", "from memory, not read here"),
    ("gb4915_kiln_special", "cement kiln, special limits", "NOX", 320, "GB 4915-2013 水泥工业大气污染物排放标准", "表2 特别排放限值", "U", "from memory, not read here"),
    ("gb4915_kiln_special", "cement kiln, special limits", "PM", 20, "GB 4915-2013 水泥工业大气污染物排放标准", "表2 特别排放限值", "U", "from memory, not read here"),
    ("gb28662_sinter", "sintering machine head", "SO2", 200, "GB 28662-2012 钢铁烧结、球团工业大气污染物排放标准", "表2 烧结机机头", "U", "from memory, not read here"),
    ("gb28662_sinter", "sintering machine head", "NOX", 300, "GB 28662-2012 钢铁烧结、球团工业大气污染物排放标准", "表2 烧结机机头", "U", "from memory, not read here"),
    ("gb28662_sinter", "sintering machine head", "PM", 50, "GB 28662-2012 钢铁烧结、球团工业大气污染物排放标准", "表2 烧结机机头", "U", "from memory, not read here"),
    ("gb16171_coke", "coke oven chimney", "SO2", 50, "GB 16171-2012 炼焦化学工业污染物排放标准", "表5 焦炉烟囱", "U", "from memory, not read here"),
    ("gb16171_coke", "coke oven chimney", "NOX", 500, "GB 16171-2012 炼焦化学工业污染物排放标准", "表5 焦炉烟囱", "U", "from memory, not read here"),
    ("gb16171_coke", "coke oven chimney", "PM", 30, "GB 16171-2012 炼焦化学工业污染物排放标准", "表5 焦炉烟囱", "U", "from memory, not read here"),
    ("gb26453_glass", "flat-glass melting furnace", "SO2", 400, "GB 26453-2011 平板玻璃工业大气污染物排放标准", "表2 玻璃熔窑 (基准氧含量 8 %)", "U", "from memory, not read here"),
    ("gb26453_glass", "flat-glass melting furnace", "NOX", 700, "GB 26453-2011 平板玻璃工业大气污染物排放标准", "表2 玻璃熔窑", "U", "from memory, not read here"),
    ("gb26453_glass", "flat-glass melting furnace", "PM", 50, "GB 26453-2011 平板玻璃工业大气污染物排放标准", "表2 玻璃熔窑", "U", "from memory, not read here"),
    ("gb25464_ceramics", "ceramic kiln (natural gas)", "SO2", 50, "GB 25464-2010 陶瓷工业污染物排放标准 (2014 修改单)", "表5 窑炉 (基准氧含量 18 %)", "U", "from memory, not read here"),
    ("gb25464_ceramics", "ceramic kiln (natural gas)", "NOX", 180, "GB 25464-2010 陶瓷工业污染物排放标准 (2014 修改单)", "表5 窑炉", "U", "from memory, not read here"),
    ("gb25464_ceramics", "ceramic kiln (natural gas)", "PM", 30, "GB 25464-2010 陶瓷工业污染物排放标准 (2014 修改单)", "表5 窑炉", "U", "from memory, not read here"),
]

# --------------------------------------------------------------------------------- permitted-tonnes assumptions
# key, value, unit, how derived, tag
ASSUMPTIONS = [
    ("hours_power", 5000, "h/a", "permitted hours of a generating unit for its annual permitted quantity; recalled as the figure of the thermal-power permit technical specification (not read here)", "U"),
    ("flue_coal_unit", 2900, "Nm3/MWh", "dry flue gas of a coal unit at 6 % O2: EPA Method 19 F-factor Fd 9,780 dscf/MMBtu (bituminous) = 0.245 Nm3/MJ at 0 °C and 0 % O2, × 20.9/(20.9−6) = 0.344 Nm3/MJ, × 8,440 MJ/MWh (0.288 tce/MWh, README §4)", "U"),
    ("flue_gas_turbine", 5600, "Nm3/MWh", "dry flue gas of a combined-cycle gas turbine at 15 % O2: Fd 8,710 dscf/MMBtu = 0.218 Nm3/MJ, × 20.9/(20.9−15) = 0.772 Nm3/MJ, × 7,200 MJ/MWh (README §4)", "U"),
    ("flue_coal_boiler", 9000, "Nm3/t coal", "dry flue gas of a coal boiler at 9 % O2: 0.245 Nm3/MJ × 20.9/11.9 = 0.430 Nm3/MJ × 20.908 GJ/t (raw coal NCV of the registry)", "U"),
    ("flue_biomass_boiler", 6200, "Nm3/t", "biomass boiler at 9 % O2: Fd 9,240 dscf/MMBtu = 0.231 Nm3/MJ × 20.9/11.9 × 15.3 GJ/t (assumed NCV of wood residue)", "U"),
    ("flue_gas_boiler", 102000, "Nm3/万Nm3", "gas boiler at 3.5 % O2: 0.218 Nm3/MJ × 20.9/17.4 × 389.31 GJ/万Nm3", "U"),
    ("flue_cement_kiln", 2400, "Nm3/t clinker", "kiln-tail flue gas at 10 % O2 of a dry-process line (typical design range 2,000–2,500)", "U"),
    ("flue_sinter", 4000, "Nm3/t sinter", "sintering machine head flue gas (typical 3,500–4,500)", "U"),
    ("flue_coke_oven", 1500, "Nm3/t coke", "coke-oven combustion chimney flue gas", "U"),
    ("flue_glass_furnace", 2500, "Nm3/t glass", "float-glass furnace at 8 % O2: 0.218 Nm3/MJ × 20.9/12.9 × 7 GJ/t glass", "U"),
    ("flue_ceramic_kiln", 350000, "Nm3/万Nm3", "ceramic kiln flue gas at the standard's 18 % O2 reference: 0.218 Nm3/MJ × 20.9/2.9 × 389.31 GJ/万Nm3 × 0.57 (assumed share of the gas burnt in the kilns that discharge through the permitted outlet)", "U"),
    ("permit_margin", 1.0, "fraction", "permitted tonnes = flue gas × limit × margin; no margin is added", "U"),
]
A = {k: v for k, v, *_ in ASSUMPTIONS}
LIM = {}
for sid, _, pol, v, *_ in LIMITS:
    LIM.setdefault(sid, {})[pol] = v
POLLUTANTS = ["SO2", "NOX", "PM"]

UNIT_SIZES = [1000, 660, 600, 350, 330, 300, 200, 135, 125, 100, 50, 25]


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, header, rows):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def num(x, places):
    """A decimal string with at most `places` decimals (no trailing zeros, no exponent)."""
    d = Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def units_of(capacity, gas):
    if gas:
        n = max(1, round(capacity / 390))
        return [capacity / n] * n
    for s in UNIT_SIZES:
        n = capacity / s
        if abs(n - round(n)) < 1e-9 and 2 <= round(n) <= 6:
            return [float(s)] * int(round(n))
    s = next((s for s in UNIT_SIZES if capacity / s >= 2), UNIT_SIZES[-1])
    n = min(6, int(capacity // s))
    out = [float(s)] * n
    r = capacity - n * s
    if r >= 25:
        out.append(r)
    elif r > 0:
        out[-1] += r
    return out


def tonnes(flue_nm3, limit_mg):
    return flue_nm3 * limit_mg * 1e-9 * A["permit_margin"]


# ------------------------------------------------------------------------------------------------- regions
regions = {r["adcode"]: r["name_zh"] for r in csv.DictReader(open(REGIONS, encoding="utf-8"))}


def authority(adcode):
    """The city-level ecology and environment bureau (设区的市级生态环境主管部门) of a county."""
    if adcode[:2] in ("11", "12", "31", "50"):
        return regions[adcode[:2] + "0000"] + "生态环境局"
    city = adcode[:4] + "00"
    return regions.get(city, regions[adcode[:2] + "0000"]) + "生态环境局"


enterprises = read("enterprises.csv")
plants = {p["plant_id"]: p for p in read("power_plants.csv")}
activities = read("enterprise_activities.csv")

facility_rows = []
permit_rows = []


def validity(code):
    rnd = random.Random(code + "-permit")
    start = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(365))
    end = start.replace(year=start.year + 5) - dt.timedelta(days=1)
    return start, end


# ------------------------------------------------------------------------------------------ power plants
plant_units = {}
for e in enterprises:
    if e["source"] != "GPPD":
        continue
    p = plants[e["id"].split("-", 1)[1]]
    gas = p["fuel"] == "Natural Gas"
    if not p["capacity_mw"]:
        continue  # no capacity in GPPD (one shut-down plant): no units to describe
    cap = float(p["capacity_mw"])
    caps = units_of(cap, gas)
    plant_units[e["id"]] = caps
    cogen = e["industry_gbt4754"] == "D4412"
    outlets = []
    if gas:
        for i, _ in enumerate(caps):
            outlets.append(("DA%03d" % (i + 1), [i]))
    else:
        for j in range(0, len(caps), 2):
            outlets.append(("DA%03d" % (j // 2 + 1), list(range(j, min(j + 2, len(caps))))))
    outlet_of = {i: o for o, members in outlets for i in members}
    for i, c in enumerate(caps):
        attrs = "fuel=" + ("natural_gas" if gas else "coal") + (";cogeneration=yes" if cogen else "")
        facility_rows.append([e["id"], "U%d" % (i + 1), "%d号机组" % (i + 1), "power_unit", num(c, 1), attrs, outlet_of[i]])
    facility_rows.append([e["id"], "COMMON", "全厂公用系统", "other", "", "", ""])
    if p["accounted"] != "Y":
        continue  # shut down or a duplicate: no permit in force
    number = "H9" + e["adcode"] + "GPD" + p["plant_id"].zfill(7) + "001P"
    start, end = validity(e["id"])
    for code, members in outlets:
        mw = sum(caps[i] for i in members)
        if gas:
            sid, flue_key = "gb13223_gas_turbine", "flue_gas_turbine"
        elif min(caps[i] for i in members) >= 300:
            sid, flue_key = "ultra_low_coal", "flue_coal_unit"
        else:
            sid, flue_key = "gb13223_coal", "flue_coal_unit"
        flue = mw * A["hours_power"] * A[flue_key]
        names = "、".join("%d号" % (i + 1) for i in members)
        for pol in POLLUTANTS:
            permit_rows.append([
                e["id"], number, start.isoformat(), end.isoformat(), authority(e["adcode"]), "key", code,
                names + "机组烟囱", ";".join("U%d" % (i + 1) for i in members), pol, num(LIM[sid][pol], 3),
                num(tonnes(flue, LIM[sid][pol]), 3), sid,
                "%s MW × %s h × %s Nm3/MWh × %s mg/m3" % (num(mw, 1), A["hours_power"], A[flue_key], LIM[sid][pol]),
            ])

# ---------------------------------------------------------------------------------- synthetic enterprises
KILN = {
    "SINTERING": ("SINTER", "烧结机", "gb28662_sinter", "flue_sinter", "sinter"),
    "COKING": ("COKE", "焦炉", "gb16171_coke", "flue_coke_oven", "coke_output"),
    "CEMENT_KILN": ("KILN", "熟料生产线（回转窑）", None, "flue_cement_kiln", "clinker"),
    "GLASS_FURNACE": ("FURNACE", "浮法玻璃熔窑", "gb26453_glass", "flue_glass_furnace", "flat_glass"),
    "CERAMICS": ("KILN", "陶瓷窑炉", "gb25464_ceramics", "flue_ceramic_kiln", "natural_gas"),
}
BOILER_SOURCES = ("IND_BOILER", "HEAT", "PAPER", "CHEMICAL")
for e in enterprises:
    if e["synthetic"] != "Y":
        continue
    code = e["id"]
    rows = [a for a in activities if a["entity_id"] == code and a["year"] == "2022"]
    facilities = []  # (code, name, kind, standard, flue Nm3/a, basis)
    n_boiler = 0
    for a in rows:
        src, act, amount = a["source"], a["activity"], float(a["amount"])
        if act == "electricity_purchased":
            continue
        if src in KILN and act == KILN[src][4]:
            fc, name, sid, flue_key, _ = KILN[src]
            if src == "CEMENT_KILN":
                sid = "gb4915_kiln"
            facilities.append((fc, name, "kiln", sid, amount * A[flue_key], "%s %s × %s %s" % (num(amount, 1), a["unit"], A[flue_key], [x for x in ASSUMPTIONS if x[0] == flue_key][0][2])))
        elif src in BOILER_SOURCES and act in ("raw_coal", "bituminous_coal", "natural_gas", "biomass"):
            n_boiler += 1
            flue_key = {"raw_coal": "flue_coal_boiler", "bituminous_coal": "flue_coal_boiler", "natural_gas": "flue_gas_boiler", "biomass": "flue_biomass_boiler"}[act]
            sid = "gb13271_gas" if act == "natural_gas" else "gb13271_coal"
            flue = amount * A[flue_key] * (23.204 / 20.908 if act == "bituminous_coal" else 1.0)
            label = {"raw_coal": "燃煤锅炉", "bituminous_coal": "燃煤锅炉", "natural_gas": "燃气锅炉", "biomass": "生物质锅炉"}[act]
            facilities.append(("B%d" % n_boiler, label, "boiler", sid, flue, "%s %s × %s %s" % (num(amount, 1), a["unit"], A[flue_key], [x for x in ASSUMPTIONS if x[0] == flue_key][0][2])))
        elif src == "IRON_STEEL":
            facilities.append(("BOF", "转炉炼钢", "kiln", None, 0, ""))
        elif src == "AMMONIA":
            facilities.append(("NH3", "合成氨装置", "other", None, 0, ""))
    outlets = []
    n = 0
    for fc, name, kind, sid, flue, basis in facilities:
        oc = ""
        if sid:
            n += 1
            oc = "DA%03d" % n
            outlets.append((oc, fc, name, sid, flue, basis))
        facility_rows.append([code, fc, name, kind, "", "", oc])
    versions = [validity(code)]
    if code == "SYN-HA-03":
        # a renewal: the 2018 permit under the general cement-kiln limits, then a 2023 permit under the special limits
        versions = [(dt.date(2018, 1, 1), dt.date(2022, 12, 31)), (dt.date(2023, 1, 1), dt.date(2027, 12, 31))]
    for k, (start, end) in enumerate(versions):
        for oc, fc, name, sid, flue, basis in outlets:
            if code == "SYN-HA-03" and sid == "gb4915_kiln" and k == len(versions) - 1:
                sid = "gb4915_kiln_special"
            for pol in POLLUTANTS:
                permit_rows.append([
                    code, e["permit_number"], start.isoformat(), end.isoformat(), authority(e["adcode"]),
                    "key" if e["key_polluter"] == "Y" else "simplified", oc, name + "排放口", fc, pol,
                    num(LIM[sid][pol], 3), num(tonnes(flue, LIM[sid][pol]), 3), sid,
                    "%s × %s mg/m3" % (basis, LIM[sid][pol]),
                ])

write("emission_limits.csv", ["standard_id", "applies_to", "pollutant", "limit_mg_m3", "document", "clause", "tag", "note"], LIMITS)
write("permit_assumptions.csv", ["key", "value", "unit", "derivation", "tag"], ASSUMPTIONS)
write("facilities.csv", ["entity_id", "facility", "name_zh", "kind", "capacity_mw", "attributes", "outlets"], facility_rows)
write("permits.csv", ["entity_id", "permit_number", "valid_from", "valid_to", "issuing_authority", "management_tier", "outlet", "outlet_name", "facilities", "pollutant", "concentration_mg_m3", "annual_t", "standard_id", "basis"], permit_rows)

# ------------------------------------------------------------------------------- 2023 monthly report files
# plant, role in the demo
REPORT_PLANTS = {
    "GPPD-1061038": "the demo enterprise user's gas plant",
    "GPPD-1070681": "Sanming coal plant",
    "GPPD-1070671": "Henan cogeneration plant (heat supplied)",
    "GPPD-1075619": "Henan cogeneration plant, C_ar/NCV about 0.018 tC/GJ in April-June (caught)",
    "GPPD-1075590": "Chongqing cogeneration plant",
}
LIAONING = sorted((p for p in plants.values() if p["province_adcode"] == "210000" and p["accounted"] == "Y" and p["fuel"] == "Coal"), key=lambda p: p["plant_id"])
REPORT_PLANTS["GPPD-" + LIAONING[0]["plant_id"]] = "Liaoning coal plant"
REPORT_PLANTS["GPPD-" + LIAONING[1]["plant_id"]] = "Liaoning coal plant whose twelve lab reports of unit 1 carry one test date (caught)"
LOW_CARBON = "GPPD-1075619"
SAME_TEST_DATE = "GPPD-" + LIAONING[1]["plant_id"]
LABS = {"21": "辽宁省煤炭质量检测中心（演示）", "41": "河南省电力燃料检测中心（演示）", "50": "重庆市煤质检测站（演示）", "35": "福建省煤炭检测中心（演示）"}

# seasonal shape of thermal generation (winter heating and summer cooling peaks), U
SEASON = [1.12, 0.92, 0.97, 0.86, 0.90, 1.00, 1.12, 1.15, 0.98, 0.90, 0.96, 1.12]
HEATING = {1: 1.0, 2: 0.9, 3: 0.6, 11: 0.6, 12: 1.0}  # share of peak heat by month (north China heating season), U

REPORT_HEADER = ["record_id", "entity_id", "region", "year", "month", "facility", "source", "activity", "amount", "unit",
                 "ncv", "ncv_unit", "carbon_content", "carbon_content_unit", "sulfur_pct", "controls", "technology",
                 "lab", "report_no", "sample_date", "test_date", "report_date"]


def split_exact(total, weights, places):
    """Splits `total` by `weights` into decimals of `places` places that sum to exactly `total`."""
    q = Decimal(1).scaleb(-places)
    t = Decimal(repr(total))
    s = sum(weights)
    parts = [(Decimal(repr(total * w / s))).quantize(q, rounding=ROUND_HALF_EVEN) for w in weights]
    parts[-1] += t - sum(parts)
    return parts


for entity, role in REPORT_PLANTS.items():
    p = plants[entity.split("-", 1)[1]]
    e = next(x for x in enterprises if x["id"] == entity)
    gas = p["fuel"] == "Natural Gas"
    cogen = e["industry_gbt4754"] == "D4412"
    caps = plant_units[entity]
    rnd = random.Random(entity + "-2023-monthly")
    # weights per (unit, month): capacity × season × unit noise, one maintenance month per unit at 35 %
    weights = []
    for u, c in enumerate(caps):
        outage = rnd.choice([3, 4, 5, 9, 10, 11])
        for m in range(1, 13):
            w = c * SEASON[m - 1] * rnd.uniform(0.95, 1.05) * (0.35 if m == outage else 1.0)
            weights.append(w)
    fuel = split_exact(float(p["fuel_amount"]), weights, 1)
    heat_rate = [w * rnd.uniform(0.99, 1.01) for w in weights]  # generation follows fuel within ±1 %
    generated = split_exact(float(p["generation_mwh"]), heat_rate, 1)
    lab = LABS[p["province_adcode"][:2]]
    rows = []
    seq = 0
    for m in range(1, 13):
        for u in range(len(caps)):
            k = u * 12 + (m - 1)
            fc = "U%d" % (u + 1)
            rid = "%s-2023-%02d-%s" % (entity, m, fc)
            seq += 1
            month_end = dt.date(2023, m, calendar.monthrange(2023, m)[1])
            sample = month_end
            test = sample + dt.timedelta(days=rnd.randint(2, 12))
            report = test + dt.timedelta(days=rnd.randint(1, 6))
            if entity == SAME_TEST_DATE and fc == "U1":
                test, report = dt.date(2024, 1, 20), dt.date(2024, 1, 22)
            report_no = "%s-%s-2023-%03d" % ("MZ", p["plant_id"], seq)
            if gas:
                ncv = rnd.uniform(383.0, 395.0)
                cc = rnd.uniform(0.0150, 0.0155)
                rows.append([rid + "-gas", entity, p["adcode"], 2023, m, fc, "POWER", "natural_gas", format(fuel[k], "f"), "万Nm3",
                             num(ncv, 2), "GJ/万Nm3", num(cc, 5), "tC/GJ", "", "", "gas_turbine",
                             lab, report_no, sample.isoformat(), test.isoformat(), report.isoformat()])
            else:
                ncv = min(23.0, max(19.0, rnd.gauss(20.9, 0.5)))
                cc = rnd.uniform(0.0255, 0.0272)
                if entity == LOW_CARBON and m in (4, 5, 6):
                    cc = rnd.uniform(0.0178, 0.0183)
                rows.append([rid + "-coal", entity, p["adcode"], 2023, m, fc, "POWER", "raw_coal", format(fuel[k], "f"), "t",
                             num(ncv, 3), "GJ/t", num(ncv * cc, 4), "tC/t", num(rnd.uniform(0.6, 1.2), 2),
                             "wet_fgd:0.98;scr:0.87;esp", "pc_boiler",
                             lab, report_no, sample.isoformat(), test.isoformat(), report.isoformat()])
            aux = rnd.uniform(0.045, 0.065) if not gas else rnd.uniform(0.025, 0.035)
            gen = generated[k]
            rows.append([rid + "-gen", entity, p["adcode"], 2023, m, fc, "POWER", "electricity_generated", format(gen, "f"), "MWh"] + [""] * 12)
            rows.append([rid + "-sup", entity, p["adcode"], 2023, m, fc, "POWER", "electricity_supplied", num(float(gen) * (1 - aux), 1), "MWh"] + [""] * 12)
            if cogen and m in HEATING:
                rows.append([rid + "-heat", entity, p["adcode"], 2023, m, fc, "POWER", "heat_supplied", num(float(gen) * 2.2 * HEATING[m] * rnd.uniform(0.9, 1.1), 1), "GJ"] + [""] * 12)
        rows.append(["%s-2023-%02d-COMMON-elec" % (entity, m), entity, p["adcode"], 2023, m, "COMMON", "POWER", "electricity_purchased",
                     num(rnd.uniform(40, 220), 1), "MWh"] + [""] * 12)
    write(os.path.join("reports", "2023", entity + ".csv"), REPORT_HEADER, rows)
    print(entity, role, len(rows), "rows")

print(len(facility_rows), "facilities,", len(permit_rows), "permit limit rows")

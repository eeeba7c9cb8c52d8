// Chinese (and English) names for the codes the accounting core writes into results: methods, technologies, controls
// and the parameter trail (provenance). The Chinese UI shows names, not codes; the code stays in a tooltip and in the
// exports. Pure functions (tested in names.test.js).
import { CONTROLS } from './codes.generated.js'

const METHODS = {
  combustion_tier2: ['燃烧排放（热值 × 含碳量 × 氧化率）', 'combustion (NCV × carbon content × oxidation)'],
  combustion_tier2_car: ['燃烧排放（收到基元素碳含量）', 'combustion (as-received carbon content)'],
  combustion_tier1: ['燃烧排放（热值 × 缺省排放因子）', 'combustion (NCV × default factor)'],
  combustion_non_co2: ['燃烧 CH₄ / N₂O（热值 × 排放因子）', 'combustion CH₄ / N₂O (NCV × factor)'],
  process: ['工业过程（产量 × 排放因子）', 'industrial process (output × factor)'],
  emission_factor: ['排放因子法', 'emission factor'],
  indirect_electricity: ['外购电力间接排放', 'purchased electricity (indirect)'],
  indirect_heat: ['外购热力间接排放', 'purchased heat (indirect)'],
  exported_electricity: ['输出电力（扣减）', 'exported electricity (deducted)'],
  exported_heat: ['输出热力（扣减）', 'exported heat (deducted)'],
  sulfur_balance: ['硫平衡法', 'sulfur balance'],
  ash_balance: ['灰分平衡法', 'ash balance'],
  generation_coefficient: ['产污系数法（产生量 × 去除后）', 'generation coefficient, then controls'],
  pm_size_share: ['颗粒物粒径分配', 'PM size share'],
  measured: ['实测值', 'measured'],
  fgd_co2: ['湿法脱硫 CO₂', 'wet FGD CO₂'],
  ammonia_slip: ['脱硝氨逃逸', 'ammonia slip'],
  control_electricity: ['治理设施耗电', 'control equipment electricity'],
  gwp_weighted: ['温室气体 × GWP', 'greenhouse gases × GWP'],
  solvent_voc: ['溶剂使用 VOCs（用量 × VOCs含量 × (1 − 收集率 × 去除率)）', 'solvent VOCs (use × VOC content × (1 − capture × removal))'],
  non_energy_use: ['非能源产品使用（用量 × 热值 × 含碳量 × 使用中氧化率）', 'non-energy product use (amount × NCV × carbon × ODU)'],
  bank_leakage: ['含氟气体泄漏（存量 × 年泄漏率）', 'F-gas leakage (bank × annual leakage rate)'],
  vehicle_fuel: ['机动车燃油（里程 × 百公里油耗 → 燃烧排放）', 'vehicle fuel (km × fuel use → combustion)'],
  vehicle_electricity: ['电动车用电（里程 × 百公里电耗 × 电网因子）', 'electric vehicles (km × kWh/km × grid factor)'],
}

const TECHNOLOGIES = {
  pc_boiler: ['煤粉锅炉', 'pulverised-coal boiler'],
  cfb_boiler: ['循环流化床锅炉', 'circulating fluidised-bed boiler'],
  stoker_boiler: ['层燃锅炉', 'stoker boiler'],
  gas_boiler: ['燃气锅炉', 'gas boiler'],
  gas_turbine: ['燃气轮机', 'gas turbine'],
  diesel_engine: ['柴油机', 'diesel engine'],
  dry_kiln: ['新型干法窑', 'dry-process kiln'],
  bof: ['转炉（高炉-转炉长流程）', 'basic oxygen furnace (BF-BOF)'],
  eaf: ['电弧炉', 'electric arc furnace'],
  prebake: ['预焙槽', 'prebake cell'],
  soderberg: ['自焙槽', 'Søderberg cell'],
  partial_oxidation: ['部分氧化法', 'partial oxidation'],
  stove: ['炉灶', 'stove'],
  waterborne: ['水性产品', 'water-borne product'],
  sealed: ['密封压力设备', 'sealed-pressure equipment'],
  domestic_refrigeration: ['家用制冷', 'domestic refrigeration'],
  standalone_commercial: ['独立式商用制冷', 'stand-alone commercial refrigeration'],
  commercial_refrigeration: ['中大型商用制冷', 'medium and large commercial refrigeration'],
  transport_refrigeration: ['冷藏运输', 'transport refrigeration'],
  industrial_refrigeration: ['工业制冷', 'industrial refrigeration'],
  chillers: ['冷水机组', 'chillers'],
  stationary_ac: ['住宅和商用空调', 'residential and commercial AC'],
  mobile_ac: ['汽车空调', 'mobile AC'],
}
const VEHICLES = {
  ldv: ['小型载客汽车', 'light-duty passenger car'],
  ldt: ['轻型载货汽车', 'light-duty truck'],
  hdt: ['重型载货汽车', 'heavy-duty truck'],
  bus: ['大型载客汽车', 'bus'],
}
const VEHICLE_FUELS = { gasoline: ['汽油', 'gasoline'], diesel: ['柴油', 'diesel'], electric: ['纯电动', 'battery electric'], cng: ['天然气', 'CNG'] }
const STANDARDS = ['', '国一', '国二', '国三', '国四', '国五', '国六']
const SIZES = { le100mw: ['≤100 MW', '≤100 MW'], '100_300mw': ['100–300 MW', '100–300 MW'], ge300mw: ['≥300 MW', '≥300 MW'] }

const ROLES = {
  NCV: ['低位发热量', 'NCV'],
  CC: ['单位热值含碳量', 'carbon content'],
  OF: ['碳氧化率', 'oxidation'],
  EF: ['排放因子', 'EF'],
  'EF(grid)': ['电网排放因子', 'grid EF'],
  C_ar: ['收到基元素碳含量', 'as-received carbon'],
  density: ['密度', 'density'],
  measured: ['实测排放量', 'measured'],
  'CO2/SO2': ['CO₂/SO₂ 比', 'CO2/SO2'],
  'NH3/NOX': ['氨逃逸比', 'NH3/NOX'],
  'PM generated': ['颗粒物产生量', 'PM generated'],
  electricity: ['耗电量', 'electricity'],
  VOC: ['VOCs含量', 'VOC content'],
  ODU: ['使用中氧化比例', 'ODU'],
  leakage: ['年泄漏率', 'annual leakage rate'],
  'C×R': ['收集率 × 去除率', 'capture × removal'],
  'kWh/km': ['单位里程电耗', 'electricity per km'],
}
const LEVELS = {
  IPCC_DEFAULT: ['IPCC/国际缺省值', 'IPCC default'],
  NATIONAL: ['国家缺省值', 'national default'],
  REGIONAL: ['区域值', 'regional'],
  PROVINCIAL: ['省级值', 'provincial'],
  ENTERPRISE: ['企业特定值', 'enterprise-specific'],
  MEASURED: ['实测值', 'measured'],
}
const TAGS = { V1: ['已核对官方原文', 'checked against the official text'], V2: ['据二手来源', 'from a secondary source'], U: ['未核实', 'unverified'] }

const pick = (entry, loc) => (entry ? (loc === 'en' ? entry[1] : entry[0]) : null)

/** A method code's name (combustion_tier2 → 燃烧排放（热值 × 含碳量 × 氧化率）); an unknown code as it is. */
export function methodName(code, loc = 'zh-CN') {
  return pick(METHODS[code], loc) ?? code ?? ''
}

/** A technology code, with a boiler's size class (pc_boiler.ge300mw → 煤粉锅炉 ≥300 MW). */
export function technologyName(code, loc = 'zh-CN') {
  if (!code) return ''
  const vehicle = /^(ldv|ldt|hdt|bus)_(gasoline|diesel|electric|cng)(?:_guo([1-6]))?$/.exec(code)
  if (vehicle) {
    const [, type, fuel, std] = vehicle
    const parts = [pick(VEHICLES[type], loc), pick(VEHICLE_FUELS[fuel], loc)]
    if (std) parts.push(loc === 'en' ? `China ${std}` : STANDARDS[Number(std)])
    return loc === 'en' ? parts.join(', ') : `${parts[0]}（${parts.slice(1).join('，')}）`
  }
  const gas = /^(?:(\w+)\.)?((?:HFC|R)-[\w-]+|SF6)$/.exec(code)
  if (gas && (!gas[1] || TECHNOLOGIES[gas[1]])) {
    return gas[1] ? `${pick(TECHNOLOGIES[gas[1]], loc)} ${gas[2]}` : gas[2]
  }
  const [base, size] = String(code).split('.')
  const name = pick(TECHNOLOGIES[base], loc)
  if (!name) return code
  return size && SIZES[size] ? `${name} ${pick(SIZES[size], loc)}` : name
}

/** A control as written in a record (scr:0.85:0.9 → 选择性催化还原脱硝 效率 85%，投运率 90%). */
export function controlName(spec, loc = 'zh-CN') {
  if (!spec) return ''
  const [code, eff, rate] = String(spec).split(':')
  const name = pick(CONTROLS[code], loc) ?? code
  const pct = (v) => `${Math.round(Number(v) * 1000) / 10}%`
  const parts = []
  if (eff) parts.push(loc === 'en' ? `efficiency ${pct(eff)}` : `效率 ${pct(eff)}`)
  if (rate) parts.push(loc === 'en' ? `operating ${pct(rate)}` : `投运率 ${pct(rate)}`)
  return parts.length ? `${name}（${parts.join('，')}）` : name
}

/** The technology and controls of an activity record, named. */
export function equipmentText(technology, controls, loc = 'zh-CN') {
  return [technologyName(technology, loc), ...(controls ?? []).map((c) => controlName(c, loc))].filter(Boolean).join(loc === 'en' ? ', ' : '、')
}

const PART = /^(.+?)=(\S+)(?: ([^[]+?))?(?: \[(\S+) ([A-Z_]+)(?: (V1|V2|U))?( outside-validity)?(?:: (.*))?\])?$/

/**
 * One parameter of a provenance trail (`NCV=389.31 GJ/万Nm3 [cn.ncv.natural_gas@2 NATIONAL V2: 工业其他…]`) in the
 * language: the quantity's name, its value and unit, what kind of value it is, how far it was checked and the source
 * document as cited. A part that is not of that form (an accounting rule) is returned as written.
 */
export function provenanceText(part, loc = 'zh-CN') {
  const m = PART.exec(String(part ?? '').trim())
  if (!m) return String(part ?? '')
  const [, role, value, unit, key, level, tag, outside, source] = m
  const control = /^(η|k|kWh|C)\((.+)\)$/.exec(role)
  let name = pick(ROLES[role], loc)
  if (!name && control) {
    const what = { η: ['去除效率', 'efficiency'], k: ['投运率', 'operating rate'], kWh: ['单位耗电量', 'electricity use'], C: ['收集效率', 'capture efficiency'] }[control[1]]
    name = `${pick(what, loc)}（${pick(CONTROLS[control[2]], loc) ?? control[2]}）`
  }
  const removed = /^(\w+) removed by (.+)$/.exec(role)
  if (!name && removed) name = loc === 'en' ? role : `${removed[1]} 去除量（${pick(CONTROLS[removed[2]], loc) ?? removed[2]}）`
  // a share written as a fraction needs no unit word in Chinese (碳氧化率 0.99)
  const shownUnit = unit === 'fraction' && loc !== 'en' ? '' : unit
  const head = `${name ?? role} ${value}${shownUnit ? ` ${shownUnit}` : ''}`
  if (!key) return head
  const facts = []
  if (key.startsWith('record:')) facts.push(loc === 'en' ? 'reported in the record' : '本记录填报')
  else facts.push(pick(LEVELS[level], loc) ?? level)
  if (tag) facts.push(pick(TAGS[tag], loc))
  if (outside) facts.push(loc === 'en' ? 'used outside its valid years' : '超出有效年份沿用')
  const cite = source && !key.startsWith('record:') ? `${loc === 'en' ? ': ' : '：'}${source}` : ''
  return loc === 'en' ? `${head} (${facts.join(', ')})${cite}` : `${head}（${facts.join('，')}）${cite}`
}

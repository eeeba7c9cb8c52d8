import { describe, expect, it } from 'vitest'
import { controlName, equipmentText, methodName, provenanceText, technologyName } from './names.js'

describe('names of the codes in results', () => {
  it('names methods, technologies and controls in Chinese, codes it does not know as they are', () => {
    expect(methodName('generation_coefficient')).toBe('产污系数法（产生量 × 去除后）')
    expect(methodName('combustion_tier2', 'en')).toBe('combustion (NCV × carbon content × oxidation)')
    expect(methodName('new_method')).toBe('new_method')
    expect(technologyName('pc_boiler.ge300mw')).toBe('煤粉锅炉 ≥300 MW')
    expect(technologyName('gas_turbine')).toBe('燃气轮机')
    expect(controlName('wet_fgd')).toBe('石灰石-石膏湿法脱硫')
    expect(controlName('scr:0.85:0.9')).toBe('选择性催化还原脱硝（效率 85%，投运率 90%）')
    expect(equipmentText('pc_boiler', ['wet_fgd', 'esp'])).toBe('煤粉锅炉、石灰石-石膏湿法脱硫、静电除尘')
  })

  it('names vehicles by type, fuel and standard, and refrigerant banks by application and gas', () => {
    expect(technologyName('hdt_diesel_guo3')).toBe('重型载货汽车（柴油，国三）')
    expect(technologyName('bus_electric')).toBe('大型载客汽车（纯电动）')
    expect(technologyName('ldv_gasoline_guo6', 'en')).toBe('light-duty passenger car, gasoline, China 6')
    expect(technologyName('stationary_ac.HFC-410A')).toBe('住宅和商用空调 HFC-410A')
    expect(technologyName('HFC-134a')).toBe('HFC-134a')
    expect(methodName('bank_leakage')).toBe('含氟气体泄漏（存量 × 年泄漏率）')
    expect(provenanceText('C(voc_capture_enclosure)=0.9 fraction [voc.capture.voc_capture_enclosure@1 NATIONAL U: GB 37822-2019]'))
      .toBe('收集效率（密闭收集） 0.9（国家缺省值，未核实）：GB 37822-2019')
  })

  it('reads a parameter of the trail in Chinese and keeps the document as cited', () => {
    const part = 'NCV=389.31 GJ/万Nm3 [cn.ncv.natural_gas@2 NATIONAL V2: 工业其他行业企业温室气体排放核算方法与报告指南（试行）]'
    expect(provenanceText(part)).toBe('低位发热量 389.31 GJ/万Nm3（国家缺省值，据二手来源）：工业其他行业企业温室气体排放核算方法与报告指南（试行）')
    expect(provenanceText('NCV=22.1 GJ/t [record:ncv MEASURED]')).toBe('低位发热量 22.1 GJ/t（本记录填报）')
    expect(provenanceText(part, 'en')).toBe('NCV 389.31 GJ/万Nm3 (national default, from a secondary source): 工业其他行业企业温室气体排放核算方法与报告指南（试行）')
    expect(provenanceText('η(scr)=0.42 fraction [ctl.eta.scr@1 NATIONAL U outside-validity: T/CSES 144—2024]')).toBe(
      '去除效率（选择性催化还原脱硝） 0.42（国家缺省值，未核实，超出有效年份沿用）：T/CSES 144—2024',
    )
    expect(provenanceText('SO2 removed by wet_fgd=12.5 t')).toBe('SO2 去除量（石灰石-石膏湿法脱硫） 12.5 t')
    expect(provenanceText('memo: electricity supplied by a power plant')).toBe('memo: electricity supplied by a power plant')
  })
})

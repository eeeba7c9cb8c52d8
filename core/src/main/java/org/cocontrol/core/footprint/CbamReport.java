package org.cocontrol.core.footprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;

/**
 * The EU CBAM embedded emissions of the goods of one installation in one reporting period
 * (Implementing Regulation (EU) 2023/1773, Annex III sections F and G; Annex IV, the communication
 * to importers), in t CO2e under AR5 GWPs (the EU ETS monitoring rules).
 *
 * <pre>
 * AttrEm_dir,P [t CO2e] = Σ_r w_r,P × (Σ_{g ∈ gases(P)} E_r,g × GWP_g  +  E_r(heat bought − heat sold))
 * AttrEm_ind,P [t CO2e] = Σ_r w_r,P × E_r(purchased electricity)      (electricity used × its factor)
 * EE_dir,P = AttrEm_dir,P + Σ_k purchased M_k × SEE_dir,k + Σ_k own q_k→P × SEE_dir,k
 * EE_ind,P = AttrEm_ind,P + Σ_k purchased M_k × SEE_ind,k + Σ_k own q_k→P × SEE_ind,k
 * SEE_dir,P [t CO2e/t] = EE_dir,P / AL_P;   SEE_ind,P = EE_ind,P / AL_P
 * </pre>
 *
 * gases(P) is the Annex I coverage (CO2; N2O for nitric acid and fertilisers; PFCs for aluminium);
 * M_k the mass of a precursor bought in, with the SEE of its upstream factor row; q_k→P as in
 * {@link ProductFootprint}. Default values are not used. Electricity an installation sends out is
 * not deducted (named in the notes when present).
 */
public record CbamReport(
    String installation, int year, GwpSet gwpSet, List<Good> goods, List<Precursor> purchased) {

  /** The GWP set of the EU monitoring rules (Regulation (EU) 2018/2066 as amended). */
  public static final GwpSet GWP = GwpSet.AR5;

  public CbamReport {
    goods = List.copyOf(goods);
    purchased = List.copyOf(purchased);
  }

  /**
   * One good (a production process's output), its attributed and embedded emissions.
   *
   * @param activityLevel AL_P, t (MWh for electricity)
   * @param seeTotal SEE_dir + SEE_ind, t CO2e per unit
   */
  public record Good(
      String product,
      String nameZh,
      String nameEn,
      String cnCode,
      String category,
      String unit,
      double activityLevel,
      double attributedDirectT,
      double attributedIndirectT,
      double precursorDirectT,
      double precursorIndirectT,
      double embeddedDirectT,
      double embeddedIndirectT,
      double seeDirect,
      double seeIndirect,
      double seeTotal) {}

  /** A precursor bought in: its mass and the SEE used for it, with the source of the values. */
  public record Precursor(
      String recordId,
      String activity,
      String precursor,
      String consumedBy,
      double massT,
      double seeDirect,
      double seeIndirect,
      String source,
      String tag) {}

  static CbamReport of(
      String installation, int year, FacilityModel m, GwpTable gwp, List<String> notes) {
    Map<String, Good> done = new LinkedHashMap<>();
    for (String p : m.precursorsFirst()) {
      done.put(p, good(p, m, gwp, notes, done));
    }
    List<Good> goods = List.copyOf(done.values());
    List<Precursor> bought = new ArrayList<>();
    for (String p : m.production.keySet()) {
      for (FacilityModel.Share s : m.shares.get(p)) {
        UpstreamFactor u = m.ref.upstream(s.record().activity().code()).orElse(null);
        if (u != null && u.precursor() != null) {
          bought.add(
              new Precursor(
                  s.record().recordId(),
                  u.activity(),
                  u.precursor(),
                  p,
                  mass(s.record()) * s.weight(),
                  u.cbamDirect(),
                  u.cbamIndirect(),
                  u.citation().toString(),
                  u.tag().name()));
        }
      }
      for (FacilityModel.Share s : m.shares.get(p)) {
        boolean production =
            s.record().activity().code().equals(m.ref.product(p).orElseThrow().activity());
        if (!production
            && s.record().activity().kind()
                == org.cocontrol.core.classification.ActivityKind.ELECTRICITY_EXPORTED) {
          ProductFootprint.note(
              notes,
              "CBAM未扣除输出电力 / CBAM: electricity sent out (record "
                  + s.record().recordId()
                  + ") is not deducted from the direct emissions");
        }
      }
    }
    return new CbamReport(installation, year, GWP, goods, bought);
  }

  private static Good good(
      String code, FacilityModel m, GwpTable gwp, List<String> notes, Map<String, Good> done) {
    ProductDefinition def = m.ref.product(code).orElseThrow();
    double dir = 0;
    double ind = 0;
    double precDir = 0;
    double precInd = 0;
    for (FacilityModel.Share s : m.shares.get(code)) {
      FacilityRecord r = s.record();
      double w = s.weight();
      for (Map.Entry<Substance, Double> g : FacilityModel.directGases(r).entrySet()) {
        if (def.cbamGases().contains(g.getKey())) {
          var f = gwp.gwp(g.getKey(), GWP);
          if (f.isEmpty()) {
            ProductFootprint.note(notes, "缺少GWP / no AR5 GWP for " + g.getKey().code());
          } else {
            dir += w * g.getValue() * f.getAsDouble();
          }
        }
      }
      if (FacilityModel.isHeat(r)) {
        dir += w * FacilityModel.co2e(r, gwp, GWP, notes, Scope.INDIRECT, Scope.EXPORTED);
      }
      if (FacilityModel.isPurchasedElectricity(r)) {
        ind += w * FacilityModel.co2e(r, gwp, GWP, notes, Scope.INDIRECT);
      }
      UpstreamFactor u = m.ref.upstream(r.activity().code()).orElse(null);
      if (u != null && u.precursor() != null) {
        double mass = mass(r) * w;
        precDir += mass * u.cbamDirect();
        precInd += mass * u.cbamIndirect();
      }
    }
    for (String k : def.precursors()) {
      if (m.produced(k)) {
        Good gk = done.get(k);
        double q = m.ownPrecursorUse(k, code);
        precDir += q * gk.seeDirect();
        precInd += q * gk.seeIndirect();
      }
    }
    double al = m.production(code);
    double eeDir = dir + precDir;
    double eeInd = ind + precInd;
    Good g =
        new Good(
            code,
            def.nameZh(),
            def.nameEn(),
            def.cnCode(),
            def.cbamCategory(),
            def.unit().symbol(),
            al,
            dir,
            ind,
            precDir,
            precInd,
            eeDir,
            eeInd,
            eeDir / al,
            eeInd / al,
            eeDir / al + eeInd / al);
    return g;
  }

  private static double mass(FacilityRecord r) {
    Double a = r.amountIn(org.cocontrol.core.unit.Unit.T);
    return a == null ? 0 : a;
  }
}

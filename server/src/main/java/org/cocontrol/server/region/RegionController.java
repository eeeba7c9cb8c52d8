package org.cocontrol.server.region;

import java.util.List;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.RequestValues;
import org.cocontrol.store.RegionStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/regions/{adcode}}: a division with its parent and children ({@code 000000} is
 * the nation).
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionController {

  /**
   * A subdivision; {@code nameEn} where the code list has one (provinces and prefecture-level
   * cities).
   */
  record Child(String adcode, String name, String nameEn) {}

  record RegionView(
      String adcode,
      String name,
      String nameEn,
      String level,
      String parent,
      List<Child> children) {}

  private final Regions regions;

  RegionController(Regions regions) {
    this.regions = regions;
  }

  @GetMapping("/{adcode}")
  RegionView region(@PathVariable String adcode) {
    Adcode code = RequestValues.adcode(adcode);
    RegionStore.StoredRegion r =
        regions.find(code).orElseThrow(() -> BadRequestException.notFound("region " + adcode));
    return new RegionView(
        r.adcode().toString(),
        r.nameZh(),
        r.nameEn(),
        r.level(),
        r.parent() == null ? null : r.parent().toString(),
        regions.children(code).stream()
            .map(c -> new Child(c.adcode().toString(), c.nameZh(), c.nameEn()))
            .toList());
  }
}

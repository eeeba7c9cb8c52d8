/**
 * Enterprise reporting (企业温室气体排放报告, 排污许可执行报告): a year's monthly data entered once per facility, the
 * annual GHG report and the permit execution report computed from it, and the cross-checks that run
 * on every save and at submission. Pure: reads only what it is given.
 */
package org.cocontrol.core.reporting;

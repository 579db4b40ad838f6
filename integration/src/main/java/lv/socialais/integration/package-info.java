/**
 * Our end of the state registers (PMLP, NVA, VSAA) and of the state portal: CXF adapters that
 * implement the core's register ports, and the inbound SOAP endpoints. The contracts live in
 * {@code src/main/resources/wsdl}; the Java types are generated from them at build time.
 */
package lv.socialais.integration;

/**
 * The register simulator: PMLP, NVA and VSAA as our contracts describe them, answering from
 * fixture persons, with latency and failures switched on at run time. For the embedded run and
 * the tests; never deployed in production.
 */
package lv.socialais.simulator;

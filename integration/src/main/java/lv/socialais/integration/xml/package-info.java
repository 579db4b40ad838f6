/**
 * How the contracts' XML values map to Java values: the adapters named in the code generation's
 * {@code binding.xml}, used by every generated type.
 */
package lv.socialais.integration.xml;

/** How claim files are read: their encoding, and what is reported about their bytes. */
package org.factcheck.claims.resource;

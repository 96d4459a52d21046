/**
 * Programmes: named schemes (春蕾计划, 贫困母亲两癌救助 …) with their written variants, linked to their generic class;
 * quotes alone are no evidence of a programme.
 */
package org.fuliankg.extract.programme;

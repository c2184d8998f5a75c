package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommonCategoryTest {
    @Test
    void anExplosiveMethodIsABombingWhateverTheUcdpType() {
        assertEquals(CommonCategory.BOMBING, CommonCategory.derive(ViolenceType.ONE_SIDED,
                "suicide bombing (explosive vest)"));
        assertEquals(CommonCategory.BOMBING, CommonCategory.derive(ViolenceType.STATE_BASED, "IED on the road"));
        assertEquals(CommonCategory.BOMBING, CommonCategory.derive(null, "Air/drone strike"));
    }

    @Test
    void withoutAnExplosiveMethodTheUcdpTypeDecides() {
        assertEquals(CommonCategory.ATTACK_ON_CIVILIANS, CommonCategory.derive(ViolenceType.ONE_SIDED, null));
        assertEquals(CommonCategory.ARMED_CLASH, CommonCategory.derive(ViolenceType.STATE_BASED,
                "armed assault on checkpoint"));
        assertEquals(CommonCategory.ARMED_CLASH, CommonCategory.derive(ViolenceType.NON_STATE, null));
        assertEquals(CommonCategory.OTHER, CommonCategory.derive(null, "Looting/property destruction"));
        assertEquals(CommonCategory.OTHER, CommonCategory.derive(null, "mined data"), "a word containing mine");
    }

    @Test
    void parseTakesWordsNamesCodesAndTheFirstWordOfATwoPartName() {
        assertEquals(CommonCategory.BOMBING, CommonCategory.parse("bombing/explosion"));
        assertEquals(CommonCategory.BOMBING, CommonCategory.parse("Bombing"));
        assertEquals(CommonCategory.PROTEST_RIOT, CommonCategory.parse("protest"));
        assertEquals(CommonCategory.ATTACK_ON_CIVILIANS, CommonCategory.parse("attack on civilians"));
        assertEquals(CommonCategory.ATTACK_ON_CIVILIANS, CommonCategory.parse("ATTACK_ON_CIVILIANS"));
        assertEquals(CommonCategory.OTHER, CommonCategory.parse("5"));
        assertEquals(CommonCategory.OTHER, CommonCategory.parse("strategic development"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonCategory.parse("riot police"));
        assertTrue(e.getMessage().contains("armed clash"), e.getMessage());
        for (CommonCategory c : CommonCategory.values()) {
            assertEquals(c, CommonCategory.fromCode(c.code()));
        }
    }
}

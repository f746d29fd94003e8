package org.momentum.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SharedDataTest {

    @Test
    void findsSharedDataAboveTheWorkingDirectory() {
        assertTrue(SharedData.dir().isAbsolute());
        assertEquals("data", SharedData.dir().getFileName().toString());
        assertEquals("shared", SharedData.dir().getParent().getFileName().toString());
        assertTrue(Files.isRegularFile(SharedData.dir().resolve("classifications/gbt4754-2017.csv")));
        assertTrue(Files.isRegularFile(SharedData.dir().resolve("regions/gbt2260-provinces.csv")));
    }

    @Test
    void classificationsAreLoadedOnce() {
        assertSame(SharedData.industries(), SharedData.industries());
        assertSame(SharedData.regions(), SharedData.regions());
    }
}

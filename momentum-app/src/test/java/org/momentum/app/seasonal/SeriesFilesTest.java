package org.momentum.app.seasonal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum.app.TestFiles;
import org.momentum.app.files.InputFileException;
import org.momentum.classification.Period;

/** Series files follow the common reader rules: free column order, GB18030, errors by file and line. */
class SeriesFilesTest {
    @TempDir Path dir;

    @Test
    void columnOrderIsFreeAndGb18030IsRead() throws Exception {
        Path f = TestFiles.write(dir, "s.csv", "value,period,series\n1.5,2018-01,工业\n2.5,2018-02,工业\n", Charset.forName("GB18030"));
        List<SeriesFiles.Series> s = SeriesFiles.read(f);
        assertEquals("工业", s.get(0).id());
        assertEquals(Period.of(2018, 1), s.get(0).start());
        assertArrayEquals(new double[] {1.5, 2.5}, s.get(0).values());
    }

    @Test
    void badValuesNameFileAndLine() throws Exception {
        Path f = TestFiles.write(dir, "b.csv", "series,period,value\na,2018-01,1\na,2018-02,NaN\n");
        InputFileException e = assertThrows(InputFileException.class, () -> SeriesFiles.read(f));
        assertTrue(e.getMessage().endsWith("b.csv:3: value: 'NaN' is not a number"), e.getMessage());
        Path g = TestFiles.write(dir, "c.csv", "series,period,value,extra\na,2018-01,1,x\n");
        e = assertThrows(InputFileException.class, () -> SeriesFiles.read(g));
        assertTrue(e.getMessage().contains("unknown column 'extra'"), e.getMessage());
    }
}

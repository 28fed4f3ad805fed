package com.market25.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    public record Row(String slipNo, int quantity) {
        public String extra() {
            return "not a component";
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsComponents() {
        ELContext context = new Context();
        assertEquals("0000000001", resolver.getValue(context, new Row("0000000001", 2), "slipNo"));
        assertTrue(context.isPropertyResolved());
        assertTrue(resolver.isReadOnly(new Context(), new Row("x", 1), "quantity"));
    }

    @Test
    void leavesEverythingElseToOtherResolvers() {
        ELContext context = new Context();
        assertNull(resolver.getValue(context, new Row("x", 1), "extra"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, "a string", "length"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, null, "slipNo"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void refusesWrites() {
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(new Context(), new Row("x", 1), "slipNo", "y"));
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}

/**
 * Side effect only: zod 4 compiles object parsers with the Function constructor unless configured otherwise,
 * which extension pages' content security policy refuses and Mozilla's add-on review flags. Every entrypoint
 * that uses zod imports this module first, before any schema is built (zod reads the setting when a schema is
 * created). The build also drops the compiler's code (see wxt.config.ts), so the store linter finds no eval.
 */
import { z } from 'zod';

z.config({ jitless: true });

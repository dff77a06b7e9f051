import { z } from 'astro/zod';

// Zod's built-in messages in Dutch: gemeente staff read the build errors for profiles and content.
z.config(z.locales.nl());

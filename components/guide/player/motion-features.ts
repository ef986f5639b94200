// Loaded by dynamic import so the animation engine is not part of the first-load JavaScript.
import { domAnimation } from 'framer-motion';

export default domAnimation;

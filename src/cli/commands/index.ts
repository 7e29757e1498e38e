// One visible registry of the CLI's commands: each file registers one command on the program.
import type { Command } from "commander";
import { register as build } from "./build.js";

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [build];

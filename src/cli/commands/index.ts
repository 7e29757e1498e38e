// One visible registry of the CLI's commands: each file registers one command on the program.
import type { Command } from "commander";
import { register as build } from "./build.js";
import { register as view } from "./view.js";
import { register as exportCommand } from "./export.js";
import { register as query } from "./query.js";
import { register as show } from "./show.js";
import { register as paths } from "./paths.js";

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [build, view, exportCommand, query, show, paths];
